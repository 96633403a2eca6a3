package cn.civicservices.servicepoint;

import java.util.Arrays;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import cn.civicservices.area.Area;
import cn.civicservices.common.Prefetched;

/** A service point; {@code knownArea} is its area when it was read with it, else null and the area is batched. */
@Type("ServicePoint")
@Description("An employment and social-security service point (就业社保服务网点), usually one per village.")
public record ServicePoint(
        @Description("Stable code of the point.") @NonNull String code,
        @Description("Name, e.g. 庄里村就业社保服务站.") @NonNull String name,
        @Description("Street address.") @NonNull String address,
        @Description("Contact phone.") @NonNull String phone,
        @Description("Opening hours as shown on the door.") @NonNull String openingHours,
        @Description("Where it is.") @NonNull GeoPoint location,
        @Description("Whether it has a self-service kiosk (村村通自助机).") @NonNull boolean hasKiosk,
        @Description("What it offers.") @NonNull List<@NonNull ServiceKind> services,
        @Description("Whether the point is open. Public lists and searches show open points only; a closed one is "
                + "seen only by the administrators who closed it.") @NonNull boolean open,
        @Ignore long id,
        @Ignore String areaCode,
        @Ignore Area knownArea) implements Prefetched {

    public static ServicePoint of(ServicePointEntity e) {
        return new ServicePoint(e.code, e.name, e.address, e.phone, e.openingHours,
                new GeoPoint(e.latitude, e.longitude), e.hasKiosk,
                Arrays.stream(e.services).map(ServiceKind::valueOf).toList(), e.active, e.id, e.areaCode, null);
    }

    @Override
    public Object prefetched(String field) {
        return "area".equals(field) ? knownArea : null;
    }
}
