package cn.xuchang.ems.data.domain;

import java.util.Objects;
import java.util.UUID;
import org.locationtech.jts.geom.Geometry;

/**
 * One feature of a resource layer: identity, place and provenance shared by all kinds, plus the
 * kind's typed {@link ResourceDetails}.
 *
 * @param id         stable across machines (UUID), never reused
 * @param kind       layer the resource belongs to; always equals {@code details.kind()}
 * @param name       display name
 * @param location   representative point, CGCS2000 lon/lat (for points: the point itself)
 * @param geometry   full geometry in CGCS2000 lon/lat (x = lon); a point for most resources.
 *                   Treat as immutable.
 * @param countyCode administrative code of the county it lies in (e.g. "411002"), or "" outside Xuchang
 * @param sample     true for generated demonstration records, never real office data
 * @param provenance who/when/source
 * @param details    kind-specific typed attributes
 */
public record Resource(UUID id, ResourceKind kind, String name, LonLat location, Geometry geometry,
                       String countyCode, boolean sample, Provenance provenance, ResourceDetails details) {

    public Resource {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(geometry, "geometry");
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(details, "details");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("resource " + id + " has no name");
        }
        if (details.kind() != kind) {
            throw new IllegalArgumentException("resource " + id + " is a " + kind.code()
                    + " but carries " + details.kind().code() + " attributes");
        }
        countyCode = countyCode == null ? "" : countyCode;
    }

    /** Typed access to the details, e.g. {@code r.details(RescueTeam.class)}. */
    public <T extends ResourceDetails> T details(Class<T> type) {
        return type.cast(details);
    }

    /** A copy with new details and an update stamp. */
    public Resource withDetails(ResourceDetails newDetails, Provenance newProvenance) {
        return new Resource(id, kind, name, location, geometry, countyCode, sample, newProvenance, newDetails);
    }
}
