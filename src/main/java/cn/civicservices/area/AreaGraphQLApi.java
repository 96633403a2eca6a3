package cn.civicservices.area;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import cn.civicservices.common.GraphQLLimits;
import cn.civicservices.common.PageRequest;
import cn.civicservices.common.ValidatedInput;

/** Administrative divisions: public reference data, no token needed. */
@GraphQLApi
@ValidatedInput
public class AreaGraphQLApi {

    @Inject
    AreaService service;

    @Inject
    GraphQLLimits limits;

    @Query("area")
    @Description("One area by its official division code. NOT_FOUND when no area has that code.")
    public @NonNull Area area(
            @Name("code") @NonNull @AreaCode @Description("Official division code: 2, 4, 6, 9 or 12 digits.") String code) {
        return service.get(code);
    }

    @Query("areas")
    @Description("Areas ordered by code, optionally only the children of one area and of one level.")
    public @NonNull AreaConnection areas(
            @Name("parentCode") @AreaCode @Description("Only the direct children of this area (its official code).") String parentCode,
            @Name("level") @Description("Only areas of this level.") AreaLevel level,
            @Name("first") @Description(PageRequest.FIRST) Integer first,
            @Name("after") @Description(PageRequest.AFTER) String after,
            @Name("last") @Description(PageRequest.LAST) Integer last,
            @Name("before") @Description(PageRequest.BEFORE) String before) {
        return AreaConnection.of(service.list(parentCode, level, PageRequest.of(first, after, last, before, limits)));
    }

    @Description("The area this one belongs to; null for a province.")
    public List<Area> parent(@Source List<Area> children) {
        Map<String, Area> parents = service.byCodes(children.stream()
                .map(Area::parentCode).filter(c -> c != null).toList());
        return children.stream().map(c -> c.parentCode() == null ? null : parents.get(c.parentCode())).toList();
    }
}
