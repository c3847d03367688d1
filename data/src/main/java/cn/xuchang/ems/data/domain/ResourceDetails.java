package cn.xuchang.ems.data.domain;

/**
 * The typed attributes of one resource kind. Each kind has exactly one implementation, named after
 * the kind ({@link RescueTeam}, {@link Shelter}, ...); see {@link ResourceKind#detailsType()}.
 */
public sealed interface ResourceDetails
        permits HazardSource, Enterprise, Shelter, RescueTeam, SupplyDepot, RescueBase, Camera, School, Kindergarten {

    /** The kind these details belong to. */
    ResourceKind kind();

    /** Contact phone, or an empty string when none is known. */
    String phone();

    /** Whether the resource is usable now (on duty, open, online...); kinds without a state say true. */
    boolean available();
}
