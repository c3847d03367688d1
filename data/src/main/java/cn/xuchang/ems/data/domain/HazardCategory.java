package cn.xuchang.ems.data.domain;

/** What makes a hazard source dangerous. */
public enum HazardCategory {
    HAZARDOUS_CHEMICALS, GAS, MINE, DAM_RESERVOIR, FIREWORKS, TAILINGS, OTHER
}
