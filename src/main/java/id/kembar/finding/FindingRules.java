package id.kembar.finding;

import id.kembar.common.KembarConfig;
import id.kembar.common.persistence.Criteria;
import id.kembar.common.time.PartialDate.Precision;
import id.kembar.common.time.Today;
import id.kembar.milestone.MilestoneStatus;
import id.kembar.milestone.MilestoneType;
import id.kembar.partnership.FindingCode;
import id.kembar.partnership.PartnershipFindings;
import id.kembar.partnership.PartnershipStage;
import id.kembar.partnership.Side;
import id.kembar.program.ProgramStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Each finding as one HQL condition on a partnership, as of a day: the only definition of when a partnership has a
 * finding. The list filter, the codes on list items, the findings list, the statistics and the assessment all ask
 * it, so they cannot disagree. A partial date that says when something happened counts as its first day; one that
 * is a deadline (a target, the end of an agreement) as its last.
 */
@ApplicationScoped
public class FindingRules implements PartnershipFindings {

    static final Map<FindingCode, FindingSeverity> SEVERITY = new EnumMap<>(Map.of(
            FindingCode.STAGNANT, FindingSeverity.CRITICAL,
            FindingCode.OVERDUE_MILESTONE, FindingSeverity.WARNING,
            FindingCode.NO_BUDGET, FindingSeverity.WARNING,
            FindingCode.NO_LEAD_AGENCY, FindingSeverity.WARNING,
            FindingCode.PROGRAMS_NOT_IMPLEMENTED, FindingSeverity.WARNING,
            FindingCode.ONE_SIDED, FindingSeverity.INFO,
            FindingCode.AGREEMENT_EXPIRING, FindingSeverity.INFO,
            FindingCode.AGREEMENT_EXPIRED, FindingSeverity.CRITICAL,
            FindingCode.NO_AGREEMENT_YET, FindingSeverity.WARNING));

    /** Programs that should be running: a missing budget or lead agency matters for these. */
    public static final Set<ProgramStatus> RUNNING =
            EnumSet.of(ProgramStatus.AGREED, ProgramStatus.IN_PROGRESS, ProgramStatus.STALLED);

    public static final Set<ProgramStatus> NOT_IMPLEMENTED = EnumSet.of(ProgramStatus.STALLED, ProgramStatus.CANCELLED);
    /** Programs whose side is an activity that took place. */
    public static final Set<ProgramStatus> IMPLEMENTED = EnumSet.of(ProgramStatus.IN_PROGRESS, ProgramStatus.COMPLETED);
    /** Milestones that are activities with a side, once achieved. */
    public static final Set<MilestoneType> ACTIVITIES =
            EnumSet.of(MilestoneType.VISIT, MilestoneType.MEETING, MilestoneType.ACTIVITY);

    static final Set<PartnershipStage> BEFORE_AGREEMENT = EnumSet.of(
            PartnershipStage.EXPLORATION,
            PartnershipStage.LETTER_OF_INTENT,
            PartnershipStage.PLANNING,
            PartnershipStage.LEGISLATIVE_APPROVAL,
            PartnershipStage.CENTRAL_CLEARANCE);

    /** A condition and the named parameters it binds. */
    record Condition(String hql, Map<String, Object> parameters) {}

    private final KembarConfig.Findings thresholds;
    private final ZoneId zone;
    private final Today today;
    private final EntityManager em;

    FindingRules(KembarConfig config, Today today, EntityManager em) {
        this.thresholds = config.findings();
        this.zone = config.timeZone();
        this.today = today;
        this.em = em;
    }

    /** The condition under which the partnership at {@code p} has the finding on {@code day}. */
    Condition condition(FindingCode code, String p, LocalDate day) {
        Parameters k = new Parameters(code);
        String hql =
                switch (code) {
                    case STAGNANT -> {
                        LocalDate cutoff = day.minusDays(thresholds.stagnantAfterDays());
                        // no dated milestone achieved in the last N days, and either an older one or a registration
                        // before
                        yield "not exists (select 1 from Milestone m where m.partnership = " + p + " and "
                                + achievedBy("m", day, k) + " and m.occurrence.date >= " + k.bind("cutoff", cutoff)
                                + ") and (exists (select 1 from Milestone m where m.partnership = " + p + " and "
                                + achievedBy("m", day, k) + ") or " + p + ".createdAt < "
                                + k.bind(
                                        "registeredBefore",
                                        cutoff.atStartOfDay(zone).toOffsetDateTime()) + ")";
                    }
                    case OVERDUE_MILESTONE ->
                        "exists (select 1 from Milestone m where m.partnership = " + p + " and " + overdue("m", day, k)
                                + ")";
                    case NO_BUDGET ->
                        "exists (select 1 from SectorProgram sp where sp.partnership = " + p + " and "
                                + withoutBudget("sp", k) + ")";
                    case NO_LEAD_AGENCY ->
                        "exists (select 1 from SectorProgram sp where sp.partnership = " + p + " and "
                                + withoutLeadAgency("sp", k) + ")";
                    case PROGRAMS_NOT_IMPLEMENTED ->
                        "exists (select 1 from SectorProgram sp where sp.partnership = " + p + " and "
                                + notImplemented("sp", k) + ")";
                    case ONE_SIDED -> {
                        String local = sidedActivities(p, "= " + k.bind("local", Side.LOCAL), day, k);
                        String partner = sidedActivities(p, "= " + k.bind("partner", Side.PARTNER), day, k);
                        String all = sidedActivities(p, "is not null", day, k);
                        // |local - partner| / all >= balance, in whole numbers (thousandths) so that SQL compares
                        // counts
                        yield all + " >= " + k.bind("min", (long) thresholds.oneSidedMinActivities()) + " and abs("
                                + local
                                + " - " + partner + ") * 1000 >= "
                                + k.bind("balance", Math.round(thresholds.oneSidedBalance() * 1000)) + " * " + all;
                    }
                    case AGREEMENT_EXPIRING ->
                        p + ".validUntil.date is not null and not "
                                + endsBefore(p + ".validUntil", day, k, "now") + " and "
                                + endsBefore(
                                        p + ".validUntil",
                                        day.plusDays(thresholds.expiringWithinDays() + 1L),
                                        k,
                                        "window");
                    case AGREEMENT_EXPIRED ->
                        p + ".stage = " + k.bind("inForce", PartnershipStage.AGREEMENT_IN_FORCE) + " and "
                                + endsBefore(p + ".validUntil", day, k, "now");
                    case NO_AGREEMENT_YET ->
                        p + ".stage in " + k.bind("before", BEFORE_AGREEMENT)
                                + " and exists (select 1 from Milestone m where m.partnership = " + p
                                + " and m.status = "
                                + k.bind("achieved", MilestoneStatus.ACHIEVED) + " and m.type = "
                                + k.bind("loi", MilestoneType.LETTER_OF_INTENT) + " and m.occurrence.date < "
                                + k.bind("cutoff", day.minusDays(thresholds.noAgreementAfterDays())) + ")";
                };
        return new Condition("(" + hql + ")", k.values());
    }

    /** A planned milestone at {@code m} whose target has passed on {@code day}. */
    String overdue(String m, LocalDate day, Parameters k) {
        return m + ".status = " + k.bind("planned", MilestoneStatus.PLANNED) + " and "
                + endsBefore(m + ".target", day, k, "due");
    }

    String withoutBudget(String sp, Parameters k) {
        return sp + ".status in " + k.bind("running", RUNNING) + " and " + sp + ".budgetAmount is null";
    }

    String withoutLeadAgency(String sp, Parameters k) {
        return sp + ".status in " + k.bind("running", RUNNING) + " and " + sp + ".leadAgency is null";
    }

    String notImplemented(String sp, Parameters k) {
        return sp + ".status in " + k.bind("failed", NOT_IMPLEMENTED);
    }

    /** A milestone at {@code m} achieved on a known day up to {@code day}. */
    String achievedBy(String m, LocalDate day, Parameters k) {
        return m + ".status = " + k.bind("achieved", MilestoneStatus.ACHIEVED) + " and " + m + ".occurrence.date <= "
                + k.bind("day", day);
    }

    /** A program at {@code sp} that counts as an activity on its side: one in progress or completed. */
    String activityProgram(String sp, Parameters k) {
        return sp + ".status in " + k.bind("implemented", IMPLEMENTED);
    }

    /**
     * A milestone at {@code m} that counts as an activity on its side: an achieved visit, meeting or activity,
     * undated or dated up to {@code day}.
     */
    String activityMilestone(String m, LocalDate day, Parameters k) {
        return m + ".status = " + k.bind("achieved", MilestoneStatus.ACHIEVED) + " and " + m + ".type in "
                + k.bind("activities", ACTIVITIES) + " and (" + m + ".occurrence.date is null or " + m
                + ".occurrence.date <= " + k.bind("day", day) + ")";
    }

    /** How many activities of the partnership took place on a side. */
    private String sidedActivities(String p, String side, LocalDate day, Parameters k) {
        return "((select count(sp) from SectorProgram sp where sp.partnership = " + p + " and "
                + activityProgram("sp", k) + " and sp.side " + side + ") + "
                + "(select count(m) from Milestone m where m.partnership = " + p + " and "
                + activityMilestone("m", day, k) + " and m.side " + side + "))";
    }

    /**
     * The partial date at {@code path} ends before {@code day}: its last day is earlier. A period ends before a day
     * exactly when it starts before the start of the period of the same precision that contains the day.
     */
    private static String endsBefore(String path, LocalDate day, Parameters k, String name) {
        return "((" + path + ".precision = " + k.bind("byDay", Precision.DAY) + " and " + path + ".date < "
                + k.bind(name + "Day", day) + ") or (" + path + ".precision = " + k.bind("byMonth", Precision.MONTH)
                + " and " + path + ".date < " + k.bind(name + "Month", day.withDayOfMonth(1)) + ") or (" + path
                + ".precision = " + k.bind("byYear", Precision.YEAR) + " and " + path + ".date < "
                + k.bind(name + "Year", day.withDayOfYear(1)) + "))";
    }

    @Override
    public Criteria restrict(Criteria criteria, String alias, Collection<FindingCode> codes) {
        return restrict(criteria, alias, codes, today.date());
    }

    /** Only the partnerships at {@code alias} that have any of {@code codes} on {@code day}. */
    Criteria restrict(Criteria criteria, String alias, Collection<FindingCode> codes, LocalDate day) {
        List<String> any = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        for (FindingCode code : EnumSet.copyOf(codes)) {
            Condition condition = condition(code, alias, day);
            any.add(condition.hql());
            parameters.putAll(condition.parameters());
        }
        return criteria.where("(" + String.join(" or ", any) + ")", parameters);
    }

    @Override
    public Map<UUID, List<FindingCode>> of(Collection<UUID> partnershipIds) {
        return of(partnershipIds, today.date());
    }

    /** The codes of each partnership on {@code day}, in one query: a column per finding. */
    Map<UUID, List<FindingCode>> of(Collection<UUID> partnershipIds, LocalDate day) {
        Map<UUID, List<FindingCode>> codes = new LinkedHashMap<>();
        if (partnershipIds.isEmpty()) {
            return codes;
        }
        Map<String, Object> parameters = new HashMap<>();
        String columns = columns("case when %s then 1 else 0 end", day, parameters);
        var query = em.createQuery("select p.id, " + columns + " from Partnership p where p.id in :ids", Object[].class)
                .setParameter("ids", partnershipIds);
        parameters.forEach(query::setParameter);
        for (Object[] row : query.getResultList()) {
            List<FindingCode> found = new ArrayList<>();
            for (FindingCode code : FindingCode.values()) {
                if (((Number) row[code.ordinal() + 1]).intValue() == 1) {
                    found.add(code);
                }
            }
            codes.put((UUID) row[0], found);
        }
        return codes;
    }

    /**
     * How many of the partnerships {@code p} that {@code criteria} selects (from {@code from}, which names them
     * {@code p}) have each finding on {@code day}, in one query.
     */
    public Map<FindingCode, Long> count(String from, Criteria criteria, LocalDate day) {
        Map<String, Object> parameters = new HashMap<>(criteria.parameters());
        String columns = columns("sum(case when %s then 1 else 0 end)", day, parameters);
        var query = em.createQuery("select " + columns + " " + from + criteria.where(), Object[].class);
        parameters.forEach(query::setParameter);
        Object[] row = query.getSingleResult();
        Map<FindingCode, Long> counts = new EnumMap<>(FindingCode.class);
        for (FindingCode code : FindingCode.values()) {
            Object value = row[code.ordinal()];
            counts.put(code, value == null ? 0L : ((Number) value).longValue());
        }
        return counts;
    }

    /** A column per finding code, in declaration order, each the code's condition on {@code p} put into a template. */
    String columns(String template, LocalDate day, Map<String, Object> parameters) {
        List<String> columns = new ArrayList<>();
        for (FindingCode code : FindingCode.values()) {
            Condition condition = condition(code, "p", day);
            columns.add(template.formatted(condition.hql()));
            parameters.putAll(condition.parameters());
        }
        return String.join(", ", columns);
    }

    /** Named parameters of one finding's condition, prefixed with its code so that conditions can be combined. */
    static final class Parameters {
        private final String prefix;
        private final Map<String, Object> values = new HashMap<>();

        Parameters(FindingCode code) {
            this.prefix = "f_" + code.name().toLowerCase(Locale.ROOT) + "_";
        }

        String bind(String name, Object value) {
            values.put(prefix + name, value);
            return ref(name);
        }

        String ref(String name) {
            return ":" + prefix + name;
        }

        Map<String, Object> values() {
            return values;
        }
    }
}
