package cn.xuchang.ems.map.analysis.camera;

import cn.xuchang.ems.data.domain.Resource;

/**
 * A camera that sees a spot.
 *
 * @param camera     the camera resource
 * @param distanceM  geodesic distance camera → spot
 * @param bearingDeg bearing from the camera to the spot, degrees clockwise from north
 */
public record CameraSight(Resource camera, double distanceM, double bearingDeg) {
}
