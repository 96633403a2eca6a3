package cn.civicservices.servicepoint;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import cn.civicservices.common.ApiException;
import cn.civicservices.common.Messages;

@Input("GeoPointInput")
@Description("A position in WGS-84 degrees, e.g. from the phone's location.")
public class GeoPointInput {

    @NonNull
    @Description("Latitude, -90 to 90.")
    public Double latitude;

    @NonNull
    @Description("Longitude, -180 to 180.")
    public Double longitude;

    public GeoPointInput() {
    }

    public GeoPointInput(double latitude, double longitude) {
        this.latitude = latitude;
        this.longitude = longitude;
    }

    /** Refuses a position outside the globe's coordinate ranges. */
    public GeoPointInput validated(String field) {
        if (latitude == null || longitude == null || latitude.isNaN() || longitude.isNaN()
                || latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
            throw ApiException.badInput(Messages.get("error.coordinates", field, latitude, longitude));
        }
        return this;
    }
}
