package cn.xuchang.ems.data.domain;

/**
 * 视频监控点: a surveillance camera. Its view is a sector: {@code headingDeg} clockwise from north,
 * {@code fieldOfViewDeg} wide, {@code rangeM} deep. A 360° field of view means a dome camera.
 */
public record Camera(String cameraCode, double headingDeg, double fieldOfViewDeg, double rangeM, boolean online,
                     String phone) implements ResourceDetails {
    public Camera {
        if (!(fieldOfViewDeg > 0 && fieldOfViewDeg <= 360)) {
            throw new IllegalArgumentException("camera field of view must be in (0, 360] degrees, got " + fieldOfViewDeg);
        }
        if (!(rangeM > 0)) {
            throw new IllegalArgumentException("camera range must be > 0 m, got " + rangeM);
        }
        if (!Double.isFinite(headingDeg)) {
            throw new IllegalArgumentException("camera heading must be a number of degrees, got " + headingDeg);
        }
        if (headingDeg < 0 || headingDeg >= 360) {
            // Normalise only when needed, so that a stored heading reads back bit-identical.
            headingDeg = ((headingDeg % 360) + 360) % 360;
        }
        cameraCode = HazardSource.nullToEmpty(cameraCode);
        phone = HazardSource.nullToEmpty(phone);
    }

    @Override
    public ResourceKind kind() {
        return ResourceKind.CAMERA;
    }

    @Override
    public boolean available() {
        return online;
    }
}
