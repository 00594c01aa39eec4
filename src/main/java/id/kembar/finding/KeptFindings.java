package id.kembar.finding;

import id.kembar.common.persistence.Criteria;
import id.kembar.common.persistence.ListParameter;
import id.kembar.common.persistence.Total;
import id.kembar.common.time.Today;
import id.kembar.partnership.FindingCode;
import id.kembar.partnership.PartnershipFilter;
import id.kembar.partnership.PartnershipFindings;
import id.kembar.partnership.PartnershipRepository;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The kept findings as reads use them, brought up to today first where the passing of days changed them. */
@ApplicationScoped
class KeptFindings implements PartnershipFindings {

    private static final int BATCH = 500;

    private final KeptValues kept;
    private final PartnershipRepository partnerships;
    private final Tally tally;
    private final Today today;
    private final EntityManager em;
    private final Duration writesEnd;

    KeptFindings(
            KeptValues kept,
            PartnershipRepository partnerships,
            Tally tally,
            Today today,
            EntityManager em,
            @ConfigProperty(name = "quarkus.transaction-manager.default-transaction-timeout", defaultValue = "60s")
                    Duration writesEnd) {
        this.kept = kept;
        this.writesEnd = writesEnd;
        this.partnerships = partnerships;
        this.tally = tally;
        this.today = today;
        this.em = em;
    }

    /**
     * Kept values hold from the day they were computed until the day before their {@code changesOn}: the
     * partnerships past that (or computed for a later day, when the clock was set back) are computed again, under
     * their locks, in the order of their ids. Two index lookups when nothing is stale; and none once a check of the
     * day found nothing stale, since values written on a day are computed for that day and hold through it. A write
     * computed for the day before can still commit just after midnight, so only a check that began after the longest
     * a transaction may take ({@code quarkus.transaction-manager.default-transaction-timeout}) counts for the day.
     */
    @Override
    public void ensureCurrent() {
        ZonedDateTime now = today.now();
        if (!kept.isCurrentOn(now.toLocalDate())) {
            check(now);
        }
    }

    // a transaction only when there is something to check: reads are not in one
    @Transactional
    void check(ZonedDateTime now) {
        LocalDate day = now.toLocalDate();
        KeptValues.Checked mark = kept.checking(day);
        // what this check brings up to date is current once its transaction commits: the next check confirms it
        if (bringUpToDate(day) == 0
                && now.isAfter(day.atStartOfDay(now.getZone()).plus(writesEnd))) {
            kept.checked(mark);
        }
    }

    /** How many partnerships were stale. */
    private int bringUpToDate(LocalDate day) {
        TreeSet<UUID> stale = new TreeSet<>(Comparator.comparing(UUID::toString));
        stale.addAll(em.createQuery("select f.partnershipId from KeptFacts f where f.changesOn <= :day", UUID.class)
                .setParameter("day", day)
                .getResultList());
        stale.addAll(em.createQuery("select f.partnershipId from KeptFacts f where f.asOf > :day", UUID.class)
                .setParameter("day", day)
                .getResultList());
        List<UUID> ids = new ArrayList<>(stale);
        for (int i = 0; i < ids.size(); i += BATCH) {
            kept.update(partnerships.lockAll(ids.subList(i, Math.min(i + BATCH, ids.size()))));
        }
        return ids.size();
    }

    /** Also when nobody reads (the first request of a day then finds nothing to do), and whatever reads checked. */
    @Scheduled(every = "${kembar.findings.refresh-every}", delayed = "1m")
    @Transactional
    void refresh() {
        bringUpToDate(today.date());
    }

    // (the same test on the codes the partnership keeps on its row was slower under the bench's load at 100,000 on
    // PostgreSQL, where the planner cannot estimate it: p95 1.3 s against 0.6 s; bench/RESULTS.md, 2026-12-03)
    @Override
    public Criteria restrict(Criteria criteria, String alias, Collection<FindingCode> codes) {
        Map<String, Object> parameters = new HashMap<>();
        return criteria.where(
                "exists (select 1 from CurrentFinding cf where cf.partnershipId = " + alias + ".id and cf.code "
                        + ListParameter.in("keptFindingCodes", EnumSet.copyOf(codes), parameters) + ")",
                parameters);
    }

    @Override
    public Criteria restrictInTitleOrder(Criteria criteria, String alias, FindingCode code) {
        // the index (code, title's sort key, partnership) of V14_2; the kept title is the partnership's (KeptValues)
        return criteria.where("cf.code = ?", code)
                .through(
                        "join CurrentFinding cf on cf.partnershipId = " + alias + ".id",
                        "cf.code asc, cf.titleOrder asc, cf.partnershipId asc");
    }

    @Override
    public Total count(PartnershipFilter filter) {
        return tally.partnerships(filter);
    }
}
