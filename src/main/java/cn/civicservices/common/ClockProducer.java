package cn.civicservices.common;

import java.time.Clock;
import java.time.ZoneId;

import jakarta.inject.Singleton;
import jakarta.enterprise.inject.Produces;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The bureau's clock: dates such as "certified until" are calendar dates in the bureau's time zone. */
public class ClockProducer {

    @ConfigMapping(prefix = "civic.time")
    public interface TimeConfig {
        /** Time zone in which the bureau's calendar dates are counted. */
        @WithDefault("Asia/Shanghai")
        ZoneId zone();
    }

    @Produces
    @Singleton
    Clock clock(TimeConfig config) {
        return Clock.system(config.zone());
    }
}
