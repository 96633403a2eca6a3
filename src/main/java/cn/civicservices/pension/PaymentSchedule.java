package cn.civicservices.pension;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** When monthly pensions are paid. */
@ApplicationScoped
public class PaymentSchedule {

    @ConfigMapping(prefix = "civic.pension")
    public interface PaymentConfig {
        /** Day of the month pensions are paid on. */
        @WithDefault("10")
        int payday();
    }

    @Inject
    PaymentConfig config;

    /** The next payment after the last one paid (or the first one, if none was). */
    public UpcomingPayment next(LocalDate startedOn, LocalDate lastPaidPeriod, BigDecimal amount, LocalDate today) {
        YearMonth period = lastPaidPeriod == null ? YearMonth.from(startedOn) : YearMonth.from(lastPaidPeriod).plusMonths(1);
        return new UpcomingPayment(period.atDay(1), payday(period), amount);
    }

    public LocalDate payday(YearMonth month) {
        return month.atDay(Math.min(config.payday(), month.lengthOfMonth()));
    }
}
