package cn.xuchang.ems.data.domain;

/** 中小学: a primary or secondary school. */
public record School(int pupils, boolean planOnFile, String phone) implements ResourceDetails {
    public School {
        if (pupils < 0) {
            throw new IllegalArgumentException("pupils must be >= 0, got " + pupils);
        }
        phone = HazardSource.nullToEmpty(phone);
    }

    @Override
    public ResourceKind kind() {
        return ResourceKind.SCHOOL;
    }

    @Override
    public boolean available() {
        return true;
    }
}
