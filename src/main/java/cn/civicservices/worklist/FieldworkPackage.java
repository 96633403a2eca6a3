package cn.civicservices.worklist;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import cn.civicservices.servicepoint.ServicePoint;

@Type("FieldworkPackage")
@Description("Everything a worker's phone needs for a day in the field without network, or what changed since the "
        + "last download.")
public record FieldworkPackage(
        @NonNull @Description("Pass as `since` next time to get only what changed.") String syncToken,
        @NonNull @Description("When this package was made.") OffsetDateTime generatedAt,
        @NonNull @Description("True when this is everything; false when it holds only the changes since the token "
                + "given.") boolean full,
        @NonNull @Description("Work-list entries, most urgent first: all of them, or those that changed (new requests, "
                + "new lapses). At most " + WorkListService.MAX_PACKAGE_ENTRIES + ".")
        List<@NonNull WorkListEntry> entries,
        @NonNull @Description("True when every entry fits in this package; false when the list was longer than the "
                + "limit (page the rest with myWorkList).") boolean complete,
        @NonNull @Description("People who left the work list since the token given, e.g. certified meanwhile through "
                + "another channel; empty in a full package.") List<@NonNull String> removedResidentIds,
        @NonNull @Description("The worker's villages with their service points.") List<@NonNull FieldworkVillage> villages) {

    @Type("FieldworkVillage")
    @Description("A village the worker covers and its service point.")
    public record FieldworkVillage(
            @NonNull @Description("Official code of the village.") String code,
            @NonNull @Description("Name of the village.") String name,
            @Description("The village's service point, if it has one.") ServicePoint servicePoint) {
    }
}
