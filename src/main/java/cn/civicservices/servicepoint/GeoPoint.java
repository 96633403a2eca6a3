package cn.civicservices.servicepoint;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("GeoPoint")
@Description("A position in WGS-84 degrees.")
public record GeoPoint(@Description("Latitude, -90 to 90.") @NonNull double latitude,
        @Description("Longitude, -180 to 180.") @NonNull double longitude) {
}
