package cn.xuchang.ems.data.domain;

import java.util.List;

/** 危险源 / 重大危险源: a hazard source with its GB 18218 grade. */
public record HazardSource(HazardCategory category, HazardGrade grade, List<SubstanceAmount> substances,
                           String enterprise, String responsiblePerson, String phone) implements ResourceDetails {
    public HazardSource {
        substances = List.copyOf(substances);
        enterprise = nullToEmpty(enterprise);
        responsiblePerson = nullToEmpty(responsiblePerson);
        phone = nullToEmpty(phone);
    }

    @Override
    public ResourceKind kind() {
        return ResourceKind.HAZARD_SOURCE;
    }

    @Override
    public boolean available() {
        return true;
    }

    static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
