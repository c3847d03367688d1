package cn.xuchang.ems.data.domain;

/** What a rescue team is equipped and trained for. */
public enum TeamType {
    FIRE, MEDICAL, HAZMAT, FLOOD_CONTROL, MINE_RESCUE, POWER, COMMUNICATIONS, VOLUNTEER
}
