package cn.civicservices.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

/**
 * The bureau's clock in tests: it stands still at an instant the test chooses, so that no test depends on the
 * hour or the zone of the machine that runs it. It starts at the seed dataset's "today" (10:00 in the county) and
 * every test that moves it puts it back with {@link #reset()}.
 */
@Alternative
@Priority(1)
@Singleton
public class TestClock extends Clock {

    /** The county's zone: the zone of every calendar date the service shows. */
    public static final ZoneId COUNTY = ZoneId.of("Asia/Shanghai");

    /** The seed dataset's "today" (seeds/data/as-of.txt). */
    public static final LocalDate SEED_TODAY = LocalDate.of(2026, 11, 22);

    public static final Instant DEFAULT = SEED_TODAY.atTime(10, 0).atZone(COUNTY).toInstant();

    private volatile Instant instant = DEFAULT;

    @Override
    public ZoneId getZone() {
        return COUNTY;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant, zone);
    }

    @Override
    public Instant instant() {
        return instant;
    }

    /** Today in the county. */
    public LocalDate today() {
        return LocalDate.ofInstant(instant, COUNTY);
    }

    public OffsetDateTime now() {
        return OffsetDateTime.ofInstant(instant, COUNTY);
    }

    public void set(Instant instant) {
        this.instant = instant;
    }

    /** Sets the clock to a local time in the county. */
    public void setCounty(LocalDate date, LocalTime time) {
        set(LocalDateTime.of(date, time).atZone(COUNTY).toInstant());
    }

    public void reset() {
        set(DEFAULT);
    }
}
