package cn.xuchang.ems.data.domain;

/** 企业: an enterprise with its emergency-plan status. */
public record Enterprise(Ownership ownership, boolean aboveDesignatedSize, String industry, boolean planOnFile,
                         String safetyObserver, String phone) implements ResourceDetails {
    public Enterprise {
        industry = HazardSource.nullToEmpty(industry);
        safetyObserver = HazardSource.nullToEmpty(safetyObserver);
        phone = HazardSource.nullToEmpty(phone);
    }

    @Override
    public ResourceKind kind() {
        return ResourceKind.ENTERPRISE;
    }

    @Override
    public boolean available() {
        return true;
    }
}
