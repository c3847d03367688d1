package cn.xuchang.ems.data.domain;

import java.util.List;

/** 救援基地: a rescue base and what it can do. */
public record RescueBase(List<String> capabilities, String phone) implements ResourceDetails {
    public RescueBase {
        capabilities = List.copyOf(capabilities);
        phone = HazardSource.nullToEmpty(phone);
    }

    @Override
    public ResourceKind kind() {
        return ResourceKind.RESCUE_BASE;
    }

    @Override
    public boolean available() {
        return true;
    }
}
