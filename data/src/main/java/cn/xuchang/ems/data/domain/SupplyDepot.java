package cn.xuchang.ems.data.domain;

import java.util.List;

/** 应急物资储备库: a supply depot and its stocks. */
public record SupplyDepot(List<SupplyStock> stocks, String phone) implements ResourceDetails {
    public SupplyDepot {
        stocks = List.copyOf(stocks);
        phone = HazardSource.nullToEmpty(phone);
    }

    /** True when the depot holds a positive quantity of some supply in the class {@code codePrefix}. */
    public boolean holds(String codePrefix) {
        return stocks.stream().anyMatch(s -> s.inClass(codePrefix) && s.quantity() > 0);
    }

    @Override
    public ResourceKind kind() {
        return ResourceKind.SUPPLY_DEPOT;
    }

    @Override
    public boolean available() {
        return true;
    }
}
