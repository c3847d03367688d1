package cn.xuchang.ems.map.routing;

/**
 * One step of a route's turn list.
 *
 * @param sign      GraphHopper's turn sign (-3 sharp left … 0 straight … 3 sharp right, 4 finish, 6 roundabout)
 * @param text      the instruction in the requested language (GraphHopper's translations)
 * @param street    street name, "" when unnamed
 * @param distanceM length of this step
 * @param timeS     driving time of this step
 * @param lon       where the step starts
 * @param lat       where the step starts
 */
public record TurnInstruction(int sign, String text, String street, double distanceM, double timeS,
                              double lon, double lat) {
}
