package cn.xuchang.ems.data.domain;

import java.util.Set;

/** 应急避难场所: an emergency shelter with capacity (persons) and current occupancy. */
public record Shelter(ShelterClass shelterClass, int capacity, int occupied, double areaM2,
                      Set<ShelterFacility> facilities, boolean open, String phone) implements ResourceDetails {
    public Shelter {
        if (capacity < 0 || occupied < 0) {
            throw new IllegalArgumentException("shelter capacity and occupancy must be >= 0");
        }
        facilities = Set.copyOf(facilities);
        phone = HazardSource.nullToEmpty(phone);
    }

    /** Persons that can still be taken in (never negative). */
    public int freeCapacity() {
        return Math.max(0, capacity - occupied);
    }

    /** True when no more persons can be taken in. */
    public boolean full() {
        return freeCapacity() == 0;
    }

    @Override
    public ResourceKind kind() {
        return ResourceKind.SHELTER;
    }

    @Override
    public boolean available() {
        return open && !full();
    }
}
