package cn.xuchang.ems.data.domain;

/** Facilities a shelter offers. */
public enum ShelterFacility {
    WATER, POWER, TOILETS, MEDICAL, KITCHEN, BROADCAST
}
