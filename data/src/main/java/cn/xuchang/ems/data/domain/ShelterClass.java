package cn.xuchang.ems.data.domain;

/** Shelter class after GB 21734 / GB 51143: 紧急 (emergency), 固定 (fixed), 中心 (central). */
public enum ShelterClass {
    EMERGENCY, FIXED, CENTRAL
}
