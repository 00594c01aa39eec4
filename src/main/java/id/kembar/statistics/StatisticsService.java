package id.kembar.statistics;

import id.kembar.common.persistence.Criteria;
import id.kembar.common.time.Today;
import id.kembar.finding.FindingRules;
import id.kembar.partnership.PartnershipFilter;
import id.kembar.partnership.PartnershipRepository;
import id.kembar.partnership.PartnershipStage;
import id.kembar.partnership.PartnershipType;
import id.kembar.program.Obstacle;
import id.kembar.program.ProgramStatus;
import id.kembar.program.Sector;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counted in the database with a fixed number of grouped queries (nine), whatever the number of partnerships; the
 * filters are the partnership list's, so a dashboard can count exactly what the list shows.
 */
@ApplicationScoped
@Transactional
class StatisticsService {

    private static final String PARTNERSHIPS = " from Partnership p " + PartnershipRepository.PARTIES;
    private static final String PROGRAMS =
            " from SectorProgram sp join sp.partnership p " + PartnershipRepository.PARTIES;
    private static final String MILESTONES = " from Milestone m join m.partnership p " + PartnershipRepository.PARTIES;

    private final PartnershipRepository partnerships;
    private final FindingRules rules;
    private final Today today;
    private final EntityManager em;

    StatisticsService(PartnershipRepository partnerships, FindingRules rules, Today today, EntityManager em) {
        this.partnerships = partnerships;
        this.rules = rules;
        this.today = today;
        this.em = em;
    }

    Statistics count(PartnershipFilter filter) {
        LocalDate day = today.date();
        Criteria criteria = partnerships.criteria(filter);
        Map<PartnershipType, Long> byType = counts(PartnershipType.class, "p.type", PARTNERSHIPS, criteria);
        Map<Sector, Long> bySector = counts(Sector.class, "sp.sector", PROGRAMS, criteria);
        return new Statistics(
                day,
                byType.values().stream().mapToLong(Long::longValue).sum(),
                bySector.values().stream().mapToLong(Long::longValue).sum(),
                single("select count(m)" + MILESTONES, criteria),
                counts(PartnershipStage.class, "p.stage", PARTNERSHIPS, criteria),
                byType,
                new TreeMap<>(grouped("pa.country", PARTNERSHIPS, criteria)),
                new TreeMap<>(grouped("substring(lg.regionCode, 1, 2)", PARTNERSHIPS, criteria)),
                bySector,
                counts(ProgramStatus.class, "sp.status", PROGRAMS, criteria),
                counts(Obstacle.class, "o", PROGRAMS + " join sp.obstacles o", criteria),
                rules.count(PARTNERSHIPS, criteria, day));
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
