package cn.xuchang.ems.data.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * Who made a record, when, and from what source. Every stored record carries one so that field
 * exchange, audit and conflict resolution have something to go on.
 *
 * @param createdBy user or process that created the record
 * @param createdAt creation time (UTC)
 * @param updatedBy user or process of the last change
 * @param updatedAt time of the last change (UTC)
 * @param source    where the record came from (file name, "sample-generator", "manual")
 * @param sourceCrs the coordinate system the source used before conversion (e.g. "EPSG:4490", "GCJ-02")
 */
public record Provenance(String createdBy, Instant createdAt, String updatedBy, Instant updatedAt,
                         String source, String sourceCrs) {

    public Provenance {
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedBy, "updatedBy");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sourceCrs, "sourceCrs");
    }

    /** A fresh provenance: created and updated now by {@code user}. */
    public static Provenance created(String user, Instant at, String source, String sourceCrs) {
        return new Provenance(user, at, user, at, source, sourceCrs);
    }

    /** The same provenance with a later update stamp. */
    public Provenance updated(String user, Instant at) {
        return new Provenance(createdBy, createdAt, user, at, source, sourceCrs);
    }
}
