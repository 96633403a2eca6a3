package cn.civicservices.coverage;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import cn.civicservices.area.Area;

@Type("ServicePointCoverage")
@Description("Service points of an area against the bureau's goal of a working point in every village "
        + "(就业社保服务村村全覆盖). A village has a point when an active service point stands in it.")
public record ServicePointCoverage(
        @Description("The area.") @NonNull Area area,
        @Description("Villages and communities in the area (the area itself when it is a village).") @NonNull long villages,
        @Description("Villages with at least one active service point.") @NonNull long villagesWithActivePoint,
        @Description("Villages without an active service point: villages - villagesWithActivePoint; listed by "
                + "`villagesWithoutPoint`.") @NonNull long villagesWithoutActivePoint,
        @Description("Active service points in the area, at any level (village stations and township centres).") @NonNull long activePoints,
        @Description("Active service points with a self-service kiosk (村村通自助机).") @NonNull long kiosks,
        @Description("Service points closed (no longer active).") @NonNull long closedPoints) {
}
