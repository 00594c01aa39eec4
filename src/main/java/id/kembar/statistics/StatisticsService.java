package id.kembar.statistics;

import id.kembar.common.geography.Geography;
import id.kembar.common.persistence.Criteria;
import id.kembar.common.time.Today;
import id.kembar.finding.Tally;
import id.kembar.partnership.FindingCode;
import id.kembar.partnership.PartnershipFilter;
import id.kembar.partnership.PartnershipFindings;
import id.kembar.partnership.PartnershipRepository;
import id.kembar.partnership.PartnershipStage;
import id.kembar.partnership.PartnershipType;
import id.kembar.program.Obstacle;
import id.kembar.program.ProgramStatus;
import id.kembar.program.Sector;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Read from the tally, which is kept on write, when the filter selects by one dimension it keeps (none, a province,
 * partner countries, types, stages, one finding): a few rows whatever the number of partnerships. Other filters are
 * counted with a fixed number of grouped queries over the partnerships they select, with the partnership list's
 * conditions, so a dashboard always counts exactly what the list shows.
 */
@ApplicationScoped
@Transactional
class StatisticsService {

    private static final String PARTNERSHIPS = " from Partnership p";
    private static final String PROGRAMS = " from SectorProgram sp join sp.partnership p";
    private static final String MILESTONES = " from Milestone m join m.partnership p";

    private final PartnershipRepository partnerships;
    private final PartnershipFindings findings;
    private final Tally tally;
    private final Today today;
    private final EntityManager em;
    private final Geography geography;

    StatisticsService(
            PartnershipRepository partnerships,
            PartnershipFindings findings,
            Tally tally,
            Today today,
            EntityManager em,
            Geography geography) {
        this.partnerships = partnerships;
        this.findings = findings;
        this.tally = tally;
        this.today = today;
        this.em = em;
        this.geography = geography;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    Statistics count(PartnershipFilter filter, Locale language) {
        findings.ensureCurrent();
        return tally.scopes(filter)
                .map(this::kept)
                .orElseGet(() -> counted(filter))
                .named(language, geography);
    }

    private Statistics kept(Tally.Scopes scopes) {
        Map<String, Long> sums = tally.sums(scopes);
        return new Statistics(
                today.date(),
                sums.getOrDefault(Tally.PARTNERSHIPS, 0L),
                sums.getOrDefault(Tally.PROGRAMS, 0L),
                sums.getOrDefault(Tally.MILESTONES, 0L),
                byEnum(PartnershipStage.class, "stage", sums),
                byEnum(PartnershipType.class, "type", sums),
                byCode("country", sums),
                byCode("province", sums),
                byEnum(Sector.class, "sector", sums),
                byEnum(ProgramStatus.class, "programStatus", sums),
                byEnum(Obstacle.class, "obstacle", sums),
                byEnum(FindingCode.class, "finding", sums),
                List.of(),
                List.of());
    }

    private static <E extends Enum<E>> Map<E, Long> byEnum(Class<E> type, String dimension, Map<String, Long> sums) {
        Map<E, Long> counts = new EnumMap<>(type);
        for (E value : type.getEnumConstants()) {
            counts.put(value, sums.getOrDefault(Tally.key(dimension, value), 0L));
        }
        return counts;
    }

    private static Map<String, Long> byCode(String dimension, Map<String, Long> sums) {
        Map<String, Long> counts = new TreeMap<>();
        String prefix = Tally.key(dimension, "");
        sums.forEach((measure, n) -> {
            if (measure.startsWith(prefix)) {
                counts.put(measure.substring(prefix.length()), n);
            }
        });
        return counts;
    }

    private Statistics counted(PartnershipFilter filter) {
        Criteria criteria = partnerships.criteria(filter);
        Map<PartnershipType, Long> byType = counts(PartnershipType.class, "p.type", PARTNERSHIPS, criteria);
        Map<Sector, Long> bySector = counts(Sector.class, "sp.sector", PROGRAMS, criteria);
        Map<FindingCode, Long> byFinding = new EnumMap<>(FindingCode.class);
        for (FindingCode code : FindingCode.values()) {
            byFinding.put(code, 0L);
        }
        byFinding.putAll(tally.countFindings(criteria));
        return new Statistics(
                today.date(),
                byType.values().stream().mapToLong(Long::longValue).sum(),
                bySector.values().stream().mapToLong(Long::longValue).sum(),
                single("select count(m)" + MILESTONES, criteria),
                counts(PartnershipStage.class, "p.stage", PARTNERSHIPS, criteria),
                byType,
                new TreeMap<>(grouped("p.partnerCountry", PARTNERSHIPS, criteria)),
                new TreeMap<>(grouped("p.localProvince", PARTNERSHIPS, criteria)),
                bySector,
                counts(ProgramStatus.class, "sp.status", PROGRAMS, criteria),
                counts(Obstacle.class, "o", PROGRAMS + " join sp.obstacles o", criteria),
                byFinding,
                List.of(),
                List.of());
    }

    private <E extends Enum<E>> Map<E, Long> counts(Class<E> type, String key, String from, Criteria criteria) {
        Map<E, Long> counts = new EnumMap<>(type);
        for (E value : type.getEnumConstants()) {
            counts.put(value, 0L);
        }
        grouped(key, from, criteria).forEach((value, count) -> counts.put(type.cast(value), count));
        return counts;
    }

    @SuppressWarnings("unchecked")
    private <K> Map<K, Long> grouped(String key, String from, Criteria criteria) {
        var query = em.createQuery(
                "select " + key + ", count(*)" + from + criteria.where() + " group by " + key, Object[].class);
        criteria.parameters().forEach(query::setParameter);
        Map<K, Long> counts = new HashMap<>();
        for (Object[] row : query.getResultList()) {
            counts.put((K) row[0], (Long) row[1]);
        }
        return counts;
    }

    private long single(String select, Criteria criteria) {
        var query = em.createQuery(select + criteria.where(), Long.class);
        criteria.parameters().forEach(query::setParameter);
        return query.getSingleResult();
    }
}
