package cn.civicservices.common;

/**
 * The box around China that a position of a visit or a service point must lie in, in WGS-84 degrees. The strings
 * serve the validation annotations, the checks serve code that names each field at fault itself.
 */
public final class ChinaBounds {
    public static final String MIN_LATITUDE = "3.8";
    public static final String MAX_LATITUDE = "53.6";
    public static final String MIN_LONGITUDE = "73.5";
    public static final String MAX_LONGITUDE = "135.1";

    private static final double LAT_MIN = Double.parseDouble(MIN_LATITUDE);
    private static final double LAT_MAX = Double.parseDouble(MAX_LATITUDE);
    private static final double LON_MIN = Double.parseDouble(MIN_LONGITUDE);
    private static final double LON_MAX = Double.parseDouble(MAX_LONGITUDE);

    private ChinaBounds() {
    }

    /** Whether a latitude is given and inside the box (NaN is not). */
    public static boolean latitude(Double latitude) {
        return latitude != null && latitude >= LAT_MIN && latitude <= LAT_MAX;
    }

    /** Whether a longitude is given and inside the box (NaN is not). */
    public static boolean longitude(Double longitude) {
        return longitude != null && longitude >= LON_MIN && longitude <= LON_MAX;
    }
}
