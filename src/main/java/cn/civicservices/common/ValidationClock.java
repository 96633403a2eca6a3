package cn.civicservices.common;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ClockProvider;

/**
 * Gives Bean Validation the bureau's clock, so that {@code @Past}, {@code @PastOrPresent} and the birth-date
 * constraints count "today" in the county's zone, from the same clock as everything else.
 */
@ApplicationScoped
public class ValidationClock implements ClockProvider {

    private final Clock clock;

    ValidationClock(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Clock getClock() {
        return clock;
    }
}
