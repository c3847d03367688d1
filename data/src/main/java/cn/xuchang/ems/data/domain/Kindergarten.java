package cn.xuchang.ems.data.domain;

/** 幼儿园: a kindergarten. */
public record Kindergarten(int pupils, boolean planOnFile, String phone) implements ResourceDetails {
    public Kindergarten {
        if (pupils < 0) {
            throw new IllegalArgumentException("pupils must be >= 0, got " + pupils);
        }
        phone = HazardSource.nullToEmpty(phone);
    }

    @Override
    public ResourceKind kind() {
        return ResourceKind.KINDERGARTEN;
    }

    @Override
    public boolean available() {
        return true;
    }
}
