package cn.xuchang.ems.map.analysis;

import cn.xuchang.ems.data.domain.HazardGrade;
import cn.xuchang.ems.data.domain.HazardSource;
import cn.xuchang.ems.data.domain.RescueTeam;
import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.data.domain.ResourceDetails;
import cn.xuchang.ems.data.domain.ResourceKind;
import cn.xuchang.ems.data.domain.Shelter;
import cn.xuchang.ems.data.domain.ShelterClass;
import cn.xuchang.ems.data.domain.SupplyDepot;
import cn.xuchang.ems.data.domain.TeamType;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The filters a dispatcher sets on a resource query, shared by the command line, the query panel and
 * the road-network search. Empty sets and zero/blank values mean "any". Each attribute condition
 * applies to one kind only; {@link #checkAppliesTo} says so clearly when it is set for another.
 *
 * @param availableOnly     only resources usable now: teams on duty, shelters open and not full,
 *                          cameras online (kinds without a state are always available)
 * @param teamTypes         rescue team types accepted
 * @param shelterClasses    shelter classes accepted
 * @param minFreeCapacity   shelters with at least this many free places
 * @param supplyClassPrefix supply depots holding a positive stock in this GB/T 38565 class (code prefix)
 * @param hazardGrades      hazard source grades accepted
 */
public record ResourceFilter(boolean availableOnly, Set<TeamType> teamTypes, Set<ShelterClass> shelterClasses,
                             int minFreeCapacity, String supplyClassPrefix, Set<HazardGrade> hazardGrades)
        implements Predicate<Resource> {

    /** Accepts everything. */
    public static final ResourceFilter ANY = new ResourceFilter(false, Set.of(), Set.of(), 0, "", Set.of());

    public ResourceFilter {
        teamTypes = teamTypes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(teamTypes));
        shelterClasses = shelterClasses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(shelterClasses));
        hazardGrades = hazardGrades.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(hazardGrades));
        supplyClassPrefix = supplyClassPrefix == null ? "" : supplyClassPrefix.trim();
        if (minFreeCapacity < 0) {
            throw new IllegalArgumentException("minimum free capacity must be >= 0, got " + minFreeCapacity);
        }
        if (!supplyClassPrefix.isEmpty() && !supplyClassPrefix.matches("\\d{1,7}")) {
            throw new IllegalArgumentException("supply class must be a GB/T 38565 code prefix of 1-7 digits"
                    + " (e.g. 1 living supplies, 2 equipment, 3 engineering), got '" + supplyClassPrefix + "'");
        }
    }

    /** A copy that keeps only available resources. */
    public ResourceFilter onlyAvailable() {
        return new ResourceFilter(true, teamTypes, shelterClasses, minFreeCapacity, supplyClassPrefix, hazardGrades);
    }

    /** A copy accepting only these team types. */
    public ResourceFilter withTeamTypes(Set<TeamType> types) {
        return new ResourceFilter(availableOnly, types, shelterClasses, minFreeCapacity, supplyClassPrefix, hazardGrades);
    }

    /** A copy accepting only these shelter classes. */
    public ResourceFilter withShelterClasses(Set<ShelterClass> classes) {
        return new ResourceFilter(availableOnly, teamTypes, classes, minFreeCapacity, supplyClassPrefix, hazardGrades);
    }

    /** A copy requiring at least {@code places} free places in a shelter. */
    public ResourceFilter withMinFreeCapacity(int places) {
        return new ResourceFilter(availableOnly, teamTypes, shelterClasses, places, supplyClassPrefix, hazardGrades);
    }

    /** A copy requiring a depot to hold supplies of this GB/T 38565 class. */
    public ResourceFilter withSupplyClass(String codePrefix) {
        return new ResourceFilter(availableOnly, teamTypes, shelterClasses, minFreeCapacity, codePrefix, hazardGrades);
    }

    /** A copy accepting only these hazard grades. */
    public ResourceFilter withHazardGrades(Set<HazardGrade> grades) {
        return new ResourceFilter(availableOnly, teamTypes, shelterClasses, minFreeCapacity, supplyClassPrefix, grades);
    }

    /** True when some condition beyond availability is set (each candidate must then be tested). */
    public boolean hasAttributeConditions() {
        return !teamTypes.isEmpty() || !shelterClasses.isEmpty() || minFreeCapacity > 0
                || !supplyClassPrefix.isEmpty() || !hazardGrades.isEmpty();
    }

    /** Fails with a message naming the condition when one is set that {@code kind} does not have. */
    public void checkAppliesTo(ResourceKind kind) {
        requireKind(!teamTypes.isEmpty(), "team type", ResourceKind.RESCUE_TEAM, kind);
        requireKind(!shelterClasses.isEmpty(), "shelter class", ResourceKind.SHELTER, kind);
        requireKind(minFreeCapacity > 0, "free capacity", ResourceKind.SHELTER, kind);
        requireKind(!supplyClassPrefix.isEmpty(), "supply class", ResourceKind.SUPPLY_DEPOT, kind);
        requireKind(!hazardGrades.isEmpty(), "hazard grade", ResourceKind.HAZARD_SOURCE, kind);
    }

    private static void requireKind(boolean set, String what, ResourceKind owner, ResourceKind asked) {
        if (set && owner != asked) {
            throw new IllegalArgumentException("the " + what + " filter applies to " + owner.code()
                    + " only, not to " + asked.code());
        }
    }

    @Override
    public boolean test(Resource r) {
        if (availableOnly && !r.details().available()) {
            return false;
        }
        if (!hasAttributeConditions()) {
            return true;
        }
        // A condition on another kind's attribute rejects: a shelter has no team type to match.
        ResourceDetails d = r.details();
        if (!teamTypes.isEmpty() && !(d instanceof RescueTeam t && teamTypes.contains(t.type()))) {
            return false;
        }
        if (!shelterClasses.isEmpty() && !(d instanceof Shelter s && shelterClasses.contains(s.shelterClass()))) {
            return false;
        }
        if (minFreeCapacity > 0 && !(d instanceof Shelter s && s.freeCapacity() >= minFreeCapacity)) {
            return false;
        }
        if (!supplyClassPrefix.isEmpty() && !(d instanceof SupplyDepot depot && depot.holds(supplyClassPrefix))) {
            return false;
        }
        return hazardGrades.isEmpty() || d instanceof HazardSource h && hazardGrades.contains(h.grade());
    }
}
