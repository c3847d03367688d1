package cn.xuchang.ems.app.cli;

import cn.xuchang.ems.data.domain.HazardGrade;
import cn.xuchang.ems.data.domain.ShelterClass;
import cn.xuchang.ems.data.domain.TeamType;
import cn.xuchang.ems.map.analysis.ResourceFilter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine.Option;

/** The resource filter options shared by the analysis commands; {@link #toFilter()} builds the engine's filter. */
public final class ResourceFilterOptions {

    @Option(names = {"--available", "--on-duty", "--open", "--online"},
            description = "only resources usable now: teams on duty, shelters open and not full, cameras online")
    boolean available;

    @Option(names = "--team-type", split = ",", paramLabel = "TYPE",
            description = "rescue team types, comma-separated: fire, medical, hazmat, flood_control, mine_rescue,"
                    + " power, communications, volunteer")
    List<String> teamTypes = new ArrayList<>();

    @Option(names = "--shelter-class", split = ",", paramLabel = "CLASS",
            description = "shelter classes, comma-separated: emergency, fixed, central")
    List<String> shelterClasses = new ArrayList<>();

    @Option(names = "--min-free", paramLabel = "N", description = "shelters with at least N free places")
    int minFree;

    @Option(names = "--supply-class", paramLabel = "CODE",
            description = "depots holding supplies of this GB/T 38565 class (code prefix, e.g. 1 or 201)")
    String supplyClass = "";

    @Option(names = "--hazard-grade", split = ",", paramLabel = "GRADE",
            description = "hazard source grades, comma-separated: I, II, III, IV (or 1..4)")
    List<String> hazardGrades = new ArrayList<>();

    /** The filter these options describe; a clear IllegalArgumentException for unknown values. */
    public ResourceFilter toFilter() {
        ResourceFilter f = available ? ResourceFilter.ANY.onlyAvailable() : ResourceFilter.ANY;
        return f.withTeamTypes(parse(TeamType.class, teamTypes, "--team-type"))
                .withShelterClasses(parse(ShelterClass.class, shelterClasses, "--shelter-class"))
                .withMinFreeCapacity(minFree)
                .withSupplyClass(supplyClass)
                .withHazardGrades(grades());
    }

    private Set<HazardGrade> grades() {
        Set<HazardGrade> out = EnumSet.noneOf(HazardGrade.class);
        for (String g : hazardGrades) {
            String t = g.trim();
            if (t.matches("[1-4]")) {
                out.add(HazardGrade.ofLevel(Integer.parseInt(t)));
            } else {
                out.addAll(parse(HazardGrade.class, List.of(t), "--hazard-grade"));
            }
        }
        return out;
    }

    static <E extends Enum<E>> Set<E> parse(Class<E> type, List<String> values, String option) {
        Set<E> out = EnumSet.noneOf(type);
        for (String v : values) {
            String wanted = v.trim().toUpperCase(Locale.ROOT).replace('-', '_');
            E match = Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(wanted)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown value '" + v + "' for " + option
                            + "; use one of " + Arrays.stream(type.getEnumConstants())
                            .map(e -> e.name().toLowerCase(Locale.ROOT)).toList()));
            out.add(match);
        }
        return out;
    }
}
