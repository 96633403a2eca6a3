package cn.civicservices.area;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import cn.civicservices.common.Prefetched;

/** An area; {@code knownParent} is its parent when it was read with it, else null and the parent is batched. */
@Type("Area")
@Description("An administrative division (province, city, county, township, village or community), keyed by its "
        + "official statistical division code.")
public record Area(
        @Description("Official division code: 2, 4, 6, 9 or 12 digits by level.") @NonNull String code,
        @Description("Official name, e.g. 和顺县.") @NonNull String name,
        @Description("Level in the hierarchy.") @NonNull AreaLevel level,
        @Ignore String parentCode,
        @Ignore Area knownParent) implements Prefetched {

    public Area(String code, String name, AreaLevel level, String parentCode) {
        this(code, name, level, parentCode, null);
    }

    static Area of(AreaEntity e) {
        return new Area(e.code, e.name, e.level, e.parentCode);
    }

    /**
     * The area a row of a native statement holds from this column on: its code, name, level and parent's code, in
     * that order; null when the code is null (a left join that found none).
     */
    public static Area ofRow(Object[] row, int at, Area knownParent) {
        if (row[at] == null) {
            return null;
        }
        return new Area((String) row[at], (String) row[at + 1], AreaLevel.valueOf((String) row[at + 2]),
                (String) row[at + 3], knownParent);
    }

    @Override
    public Object prefetched(String field) {
        return "parent".equals(field) ? knownParent : null;
    }
}
