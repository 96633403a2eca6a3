package cn.civicservices.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Named parameters become the driver's positional ones; casts and quoted text are left as they are. */
class DriverRowsTest {

    @Test
    void namesBecomePositionsInTheirOrderRepeatsIncluded() {
        DriverRows.Positional p = DriverRows.positional("select 1 from t where a = :a and b like :prefix"
                + " and earth_box(ll_to_earth(:lat, :lon), :radius) and d <= :radius");
        assertEquals("select 1 from t where a = ? and b like ? and earth_box(ll_to_earth(?, ?), ?) and d <= ?",
                p.sql());
        assertEquals(List.of("a", "prefix", "lat", "lon", "radius", "radius"), p.names());
    }

    @Test
    void castsQuotedColonsAndTheEndOfTheStatementStay() {
        DriverRows.Positional p = DriverRows.positional(
                "select x::text, ':not_a_name', 'it''s :b' from t where y = cast(:offers as varchar(32)[]) and z = :z");
        assertEquals("select x::text, ':not_a_name', 'it''s :b' from t where y = cast(? as varchar(32)[]) and z = ?",
                p.sql());
        assertEquals(List.of("offers", "z"), p.names());
        assertEquals("select a:", DriverRows.positional("select a:").sql());
    }
}
