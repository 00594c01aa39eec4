package id.kembar.statistics;

import id.kembar.common.web.Languages;
import id.kembar.partnership.FindingCode;
import id.kembar.partnership.PartnershipFilter;
import id.kembar.partnership.PartnershipStage;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * Kembar's own gauges at {@code /q/metrics}: partnerships by stage and partnerships with each open finding, over the
 * whole registry. They are the statistics without a filter (the counts kept on write), read at an interval
 * ({@code kembar.metrics.refresh-every}), so that a scrape reads the last values and never the database. Until the
 * first reading they are NaN, not a zero that would look like an empty registry.
 */
@ApplicationScoped
@Startup
class RegistryGauges {

    private static final Logger LOG = Logger.getLogger(RegistryGauges.class);

    private final StatisticsService statistics;
    private volatile Statistics last;
    private volatile double asOf = Double.NaN;

    RegistryGauges(StatisticsService statistics, MeterRegistry registry) {
        this.statistics = statistics;
        for (PartnershipStage stage : PartnershipStage.values()) {
            register(
                    registry,
                    "kembar.partnerships",
                    "Partnerships in this stage",
                    "stage",
                    stage,
                    Statistics::partnershipsByStage);
        }
        for (FindingCode code : FindingCode.values()) {
            register(
                    registry,
                    "kembar.findings.open",
                    "Partnerships that have this finding today",
                    "code",
                    code,
                    Statistics::partnershipsByFinding);
        }
        Gauge.builder("kembar.gauges.as.of", this, gauges -> gauges.asOf)
                .description("When the gauges were last read from the kept counts (seconds since the epoch)")
                .register(registry);
    }

    private <K> void register(
            MeterRegistry registry,
            String name,
            String description,
            String tag,
            K key,
            Function<Statistics, Map<K, Long>> counts) {
        Gauge.builder(name, this, gauges -> gauges.value(counts, key))
                .description(description)
                .tag(tag, key.toString())
                .register(registry);
    }

    private <K> double value(Function<Statistics, Map<K, Long>> counts, K key) {
        Statistics now = last;
        return now == null ? Double.NaN : counts.apply(now).getOrDefault(key, 0L);
    }

    // the first reading a few seconds after start, not among the start-up's own work (a rebuild of the kept values)
    @Scheduled(
            every = "${kembar.metrics.refresh-every}",
            delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        try {
            last = statistics.count(new PartnershipFilter(), Languages.ENGLISH);
            asOf = System.currentTimeMillis() / 1000.0;
        } catch (RuntimeException e) {
            // the gauges keep their last values (their age shows it); the next interval tries again
            LOG.warnf(e, "Kembar's gauges could not be read from the kept counts");
        }
    }
}
