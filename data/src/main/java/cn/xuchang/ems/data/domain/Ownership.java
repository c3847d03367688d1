package cn.xuchang.ems.data.domain;

/** Enterprise ownership as the office files plans: state-controlled (国有控股) or not. */
public enum Ownership {
    STATE_CONTROLLED, NON_STATE
}
