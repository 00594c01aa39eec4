package id.kembar.finding;

import id.kembar.common.geography.Geography;
import id.kembar.common.persistence.Criteria;
import id.kembar.common.persistence.Total;
import id.kembar.common.time.Today;
import id.kembar.common.web.Page;
import id.kembar.common.web.PageRequest;
import id.kembar.common.web.SortFields;
import id.kembar.partnership.FindingCode;
import id.kembar.partnership.PartnershipScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
@Transactional
public class FindingService {

    // the default order is the order of an index of current_finding, so a page is read straight from it
    static final SortFields SORT = SortFields.of(
                    "f",
                    "-severity,code,partnership",
                    "severity",
                    "f.severityRank",
                    "code",
                    "f.codeRank",
                    "partnership",
                    "f.titleOrder",
                    "localRegionCode",
                    "f.localRegionCode",
                    "partnerCountry",
                    "f.partnerCountry")
            .tiesBy("f.partnershipId asc, f.codeRank asc");

    private static final String CODE = "f.code";

    private final Records records;
    private final Derivation derivation;
    private final KeptFindings kept;
    private final Tally tally;
    private final Today today;
    private final EntityManager em;

    private final Geography geography;

    FindingService(
            Records records,
            Derivation derivation,
            KeptFindings kept,
            Tally tally,
            Today today,
            EntityManager em,
            Geography geography) {
        this.geography = geography;
        this.records = records;
        this.derivation = derivation;
        this.kept = kept;
        this.tally = tally;
        this.today = today;
        this.em = em;
    }

    /** A partnership's records, its facts and its findings (most severe first) as of a day. */
    public record Measured(Records.Partnership records, Facts facts, List<Finding> findings) {}

    /** Computed from the partnership's records, for any day (the assessment): not from the kept values. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Measured measure(UUID partnershipId, LocalDate day, Locale locale) {
        Derivation.Derived derived =
                derivation.of(records.of(List.of(partnershipId)).get(partnershipId), day);
        FindingMessages messages = new FindingMessages(locale);
        List<Finding> findings = new ArrayList<>();
        for (FindingCode code : derived.findings()) {
            findings.add(FindingEvidence.of(code, derived, messages));
        }
        findings.sort(Comparator.comparing(Finding::severity).reversed().thenComparing(Finding::code));
        return new Measured(derived.record(), derived.facts(), findings);
    }

    /**
     * Every current finding: a page of the kept findings (in the default order straight from an index), its total
     * from the tally where it can tell, and the evidence of the page's findings computed from their partnerships'
     * records.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    Page<PartnershipFinding> list(FindingFilter filter, PageRequest page, Locale locale) {
        kept.ensureCurrent();
        Set<FindingCode> codes = codes(filter);
        if (codes.isEmpty()) {
            return Page.of(List.of(), page, 0);
        }
        PartnershipScope scope = filter.scope;
        Criteria criteria = new Criteria()
                .in("f.code", filter.code)
                .in(
                        "f.severityRank",
                        filter.severity == null
                                ? null
                                : filter.severity.stream().map(Enum::ordinal).toList())
                .equal("f.partnershipId", filter.partnershipId)
                .equal("f.localProvince", scope.isProvince() ? scope.localRegionCode : null)
                .equal("f.localRegionCode", scope.isProvince() ? null : scope.localRegionCode)
                .in("f.partnerCountry", scope.partnerCountry);
        String pinned = pinned(filter);
        // one code fixes the severity and code rank: its page walks (code, title, partnership) (V14_2); the other
        // pinned columns lead indexes whose next column is the severity, descending (V3)
        PageRequest ordered = CODE.equals(pinned)
                ? page.pinnedFirst(pinned, List.of("f.severityRank", "f.codeRank"), false)
                : page.pinnedFirst(pinned, List.of(), true);
        Total total = total(filter, codes);
        Page<CurrentFinding> found = criteria.page(em, CurrentFinding.class, "f", "", ordered, total);

        Map<UUID, Records.Partnership> onPage = records.of(
                found.items().stream().map(f -> f.partnershipId).distinct().toList());
        LocalDate day = today.date();
        FindingMessages messages = new FindingMessages(locale);
        return found.map(f -> {
            Derivation.Derived derived = derivation.of(onPage.get(f.partnershipId), day);
            // a write that committed between the two reads: say so rather than show evidence of another state
            Finding finding = derived.findings().contains(f.code)
                    ? FindingEvidence.of(f.code, derived, messages)
                    : new Finding(f.code, f.severity(), messages.format("changed"), List.of(), null);
            return new PartnershipFinding(
                    f.partnershipId,
                    f.title,
                    f.localRegionCode,
                    Geography.nameOf(f.localRegionCode),
                    f.partnerCountry,
                    geography.countryName(f.partnerCountry, locale).orElse(null),
                    finding.code(),
                    finding.severity(),
                    finding.message(),
                    finding.recordIds(),
                    finding.obstacles());
        });
    }

    /** The column a filter pins to one value, which has an index followed by the default order (V3). */
    private static String pinned(FindingFilter filter) {
        if (filter.partnershipId != null) {
            return null;
        }
        if (filter.scope.localRegionCode != null) {
            return filter.scope.isProvince() ? "f.localProvince" : null;
        }
        if (filter.scope.partnerCountry != null
                && Set.copyOf(filter.scope.partnerCountry).size() == 1) {
            return "f.partnerCountry";
        }
        return filter.code != null && Set.copyOf(filter.code).size() == 1 ? CODE : null;
    }

    /** Findings are counted per code in the tally for all partnerships, one province, or partner countries. */
    private Total total(FindingFilter filter, Set<FindingCode> codes) {
        if (filter.partnershipId != null) {
            return Total.counted();
        }
        return tally.sum(
                filter.scope,
                codes.stream().map(code -> Tally.key("finding", code)).toList());
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
}
