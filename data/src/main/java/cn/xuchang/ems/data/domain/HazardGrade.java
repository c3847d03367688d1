package cn.xuchang.ems.data.domain;

/** Major hazard source grade after GB 18218-2018: 一级 (most severe) to 四级. */
public enum HazardGrade {
    I(1), II(2), III(3), IV(4);

    private final int level;

    HazardGrade(int level) {
        this.level = level;
    }

    /** 1 for 一级 (most severe) ... 4 for 四级. */
    public int level() {
        return level;
    }

    /** The grade for level 1..4. */
    public static HazardGrade ofLevel(int level) {
        for (HazardGrade g : values()) {
            if (g.level == level) {
                return g;
            }
        }
        throw new IllegalArgumentException("hazard grade must be 1..4 (一级..四级), got " + level);
    }
}
