package cn.xuchang.ems.data.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The resource layers of the emergency map; {@link #code()} is the stable id used in storage, files and the CLI. */
public enum ResourceKind {
    HAZARD_SOURCE("hazard_source", HazardSource.class),
    ENTERPRISE("enterprise", Enterprise.class),
    SHELTER("shelter", Shelter.class),
    RESCUE_TEAM("rescue_team", RescueTeam.class),
    SUPPLY_DEPOT("supply_depot", SupplyDepot.class),
    RESCUE_BASE("rescue_base", RescueBase.class),
    CAMERA("camera", Camera.class),
    SCHOOL("school", School.class),
    KINDERGARTEN("kindergarten", Kindergarten.class);

    private final String code;
    private final Class<? extends ResourceDetails> detailsType;

    ResourceKind(String code, Class<? extends ResourceDetails> detailsType) {
        this.code = code;
        this.detailsType = detailsType;
    }

    /** Stable lower-case id, e.g. {@code rescue_team}. */
    public String code() {
        return code;
    }

    /** The typed attribute record that resources of this kind carry. */
    public Class<? extends ResourceDetails> detailsType() {
        return detailsType;
    }

    /** Looks a kind up by its code (case-insensitive, '-' accepted for '_'). */
    public static Optional<ResourceKind> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.trim().toLowerCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(values()).filter(k -> k.code.equals(wanted)).findFirst();
    }

    /** Like {@link #fromCode} but fails with a message listing the valid codes. */
    public static ResourceKind parse(String code) {
        return fromCode(code).orElseThrow(() -> new IllegalArgumentException(
                "unknown resource kind '" + code + "'; use one of " + codes()));
    }

    /** Comma-separated list of all codes, for messages and help texts. */
    public static String codes() {
        return String.join(", ", Arrays.stream(values()).map(ResourceKind::code).toList());
    }
}
