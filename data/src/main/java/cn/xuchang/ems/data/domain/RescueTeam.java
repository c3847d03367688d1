package cn.xuchang.ems.data.domain;

import java.util.List;

/** 救援队伍: a rescue team, its readiness (turnout minutes) and duty status. */
public record RescueTeam(TeamType type, int headcount, List<String> equipment, int turnoutMinutes,
                         boolean onDuty, String phone) implements ResourceDetails {
    public RescueTeam {
        if (headcount < 0 || turnoutMinutes < 0) {
            throw new IllegalArgumentException("team headcount and turnout minutes must be >= 0");
        }
        equipment = List.copyOf(equipment);
        phone = HazardSource.nullToEmpty(phone);
    }

    @Override
    public ResourceKind kind() {
        return ResourceKind.RESCUE_TEAM;
    }

    @Override
    public boolean available() {
        return onDuty;
    }
}
