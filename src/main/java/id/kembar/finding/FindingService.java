package id.kembar.finding;

import id.kembar.common.persistence.Criteria;
import id.kembar.common.time.Today;
import id.kembar.common.web.Page;
import id.kembar.common.web.PageRequest;
import id.kembar.common.web.SortFields;
import id.kembar.partnership.FindingCode;
import id.kembar.partnership.PartnershipRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
@Transactional
public class FindingService {

    static final SortFields SORT = SortFields.of(
            "f",
            "-severity,code,partnership",
            "severity",
            "severity",
            "code",
            "code",
            "partnership",
            "partnership",
            "localRegionCode",
            "localRegionCode",
            "partnerCountry",
            "partnerCountry");
    private static final Map<String, Comparator<Match>> ORDERS = Map.of(
            "severity", Comparator.comparing(m -> FindingRules.SEVERITY.get(m.code())),
            "code", Comparator.comparing(Match::code),
            "partnership", Comparator.comparing(Match::title, String.CASE_INSENSITIVE_ORDER),
            "localRegionCode", Comparator.comparing(Match::localRegionCode),
            "partnerCountry", Comparator.comparing(Match::partnerCountry));

    private final FindingRules rules;
    private final FindingEvidence evidence;
    private final Today today;
    private final EntityManager em;

    FindingService(FindingRules rules, FindingEvidence evidence, Today today, EntityManager em) {
        this.rules = rules;
        this.evidence = evidence;
        this.today = today;
        this.em = em;
    }

    /** The findings of one partnership on a day, most severe first. */
    public List<Finding> of(UUID partnershipId, LocalDate day, Locale locale) {
        List<Finding> findings = new ArrayList<>();
        for (FindingCode code : rules.of(List.of(partnershipId), day).getOrDefault(partnershipId, List.of())) {
            findings.add(evidence.of(code, List.of(partnershipId), day, locale).get(partnershipId));
        }
        findings.sort(Comparator.comparing(Finding::severity).reversed().thenComparing(Finding::code));
        return findings;
    }

    /** A partnership that has a finding: what the list sorts and pages before it fetches the evidence. */
    private record Match(
            UUID partnershipId, String title, String localRegionCode, String partnerCountry, FindingCode code) {}

    /**
     * Every current finding: one query finds the partnerships that have any of the codes asked for, with a column
     * per code, the page is cut from those (ids and titles only), and a fixed number of queries per code fetches the
     * evidence for the partnerships on the page.
     */
    Page<PartnershipFinding> list(FindingFilter filter, PageRequest page, Locale locale) {
        LocalDate day = today.date();
        Set<FindingCode> codes = codes(filter);
        List<Match> matches = codes.isEmpty() ? new ArrayList<>() : matches(filter, codes, day);
        matches.sort(order(page.orders()));
        return page(matches, codes, day, page, locale);
    }

    private List<Match> matches(FindingFilter filter, Set<FindingCode> codes, LocalDate day) {
        List<Match> matches = new ArrayList<>();
        Criteria criteria = rules.restrict(
                filter.scope.applyTo(new Criteria(), "p").equal("p.id", filter.partnershipId), "p", codes, day);
        Map<String, Object> parameters = new HashMap<>(criteria.parameters());
        String columns = rules.columns("case when %s then 1 else 0 end", day, parameters);
        var query = em.createQuery(
                "select p.id, p.title, lg.regionCode, pa.country, " + columns + " from Partnership p "
                        + PartnershipRepository.PARTIES + criteria.where(),
                Object[].class);
        parameters.forEach(query::setParameter);
        for (Object[] row : query.getResultList()) {
            for (FindingCode code : codes) {
                if (((Number) row[4 + code.ordinal()]).intValue() == 1) {
                    matches.add(new Match((UUID) row[0], (String) row[1], (String) row[2], (String) row[3], code));
                }
            }
        }
        return matches;
    }

    private Page<PartnershipFinding> page(
            List<Match> matches, Set<FindingCode> codes, LocalDate day, PageRequest page, Locale locale) {
        List<Match> onPage = matches.subList(
                Math.min(page.offset(), matches.size()), Math.min(page.offset() + page.pageSize(), matches.size()));

        // the evidence of every code asked for, for all partnerships on the page: the number of queries depends on the
        // filter alone, never on the page size or on which codes the page happens to hold
        List<UUID> onPageIds =
                onPage.stream().map(Match::partnershipId).distinct().toList();
        Map<FindingCode, Map<UUID, Finding>> found = new LinkedHashMap<>();
        if (!onPageIds.isEmpty()) {
            codes.forEach(code -> found.put(code, evidence.of(code, onPageIds, day, locale)));
        }
        List<PartnershipFinding> items = onPage.stream()
                .map(m -> {
                    Finding f = found.get(m.code()).get(m.partnershipId());
                    return new PartnershipFinding(
                            m.partnershipId(),
                            m.title(),
                            m.localRegionCode(),
                            m.partnerCountry(),
                            f.code(),
                            f.severity(),
                            f.message(),
                            f.recordIds(),
                            f.obstacles());
                })
                .toList();
        return Page.of(items, page, matches.size());
    }

    private static Set<FindingCode> codes(FindingFilter filter) {
        Set<FindingCode> codes = filter.code == null || filter.code.isEmpty()
                ? EnumSet.allOf(FindingCode.class)
                : EnumSet.copyOf(filter.code);
        if (filter.severity != null && !filter.severity.isEmpty()) {
            codes.removeIf(code -> !filter.severity.contains(FindingRules.SEVERITY.get(code)));
        }
        return codes;
    }

    private static Comparator<Match> order(List<SortFields.Order> orders) {
        Comparator<Match> comparator = (a, b) -> 0;
        for (SortFields.Order order : orders) {
            Comparator<Match> field = ORDERS.get(order.field());
            comparator = comparator.thenComparing(order.descending() ? field.reversed() : field);
        }
        return comparator.thenComparing(Match::partnershipId).thenComparing(Match::code);
    }
}
