package cn.xuchang.ems.data.domain;

/** A dangerous substance held at a hazard source, with the quantity present in tonnes. */
public record SubstanceAmount(String substance, double tonnes) {
    public SubstanceAmount {
        if (substance == null || substance.isBlank()) {
            throw new IllegalArgumentException("substance name is required");
        }
        if (!(tonnes >= 0)) {
            throw new IllegalArgumentException("quantity of " + substance + " must be >= 0 t, got " + tonnes);
        }
    }
}
