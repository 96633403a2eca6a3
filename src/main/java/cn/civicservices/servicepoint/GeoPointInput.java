package cn.civicservices.servicepoint;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import cn.civicservices.common.ConstraintMessages;

@Input("GeoPointInput")
@Description("A position in WGS-84 degrees, e.g. from the phone's location.")
public class GeoPointInput {

    @NonNull
    @NotNull
    @DecimalMin(value = "-90", message = ConstraintMessages.LATITUDE)
    @DecimalMax(value = "90", message = ConstraintMessages.LATITUDE)
    @Description("Latitude, -90 to 90.")
    public Double latitude;

    @NonNull
    @NotNull
    @DecimalMin(value = "-180", message = ConstraintMessages.LONGITUDE)
    @DecimalMax(value = "180", message = ConstraintMessages.LONGITUDE)
    @Description("Longitude, -180 to 180.")
    public Double longitude;

    public GeoPointInput() {
    }

    public GeoPointInput(double latitude, double longitude) {
        this.latitude = latitude;
        this.longitude = longitude;
    }
}
