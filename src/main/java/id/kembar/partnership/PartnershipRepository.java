package id.kembar.partnership;

import id.kembar.common.KembarConfig;
import id.kembar.common.persistence.Criteria;
import id.kembar.common.persistence.ListParameter;
import id.kembar.common.persistence.Total;
import id.kembar.common.problem.ProblemException;
import id.kembar.common.text.WordList;
import id.kembar.common.time.Years;
import id.kembar.common.web.Page;
import id.kembar.common.web.PageRequest;
import id.kembar.common.web.SortFields;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.hibernate.LockMode;
import org.hibernate.Session;

@ApplicationScoped
public class PartnershipRepository implements PanacheRepositoryBase<Partnership, UUID> {

    static final SortFields SORT = SortFields.of(
            "p",
            "title",
            "title",
            "p.titleKey",
            "type",
            "p.type, p.titleKey",
            "stage",
            "p.stageRank, p.titleKey",
            "localGovernment",
            "p.localGovernmentNameKey",
            "partner",
            "p.partnerNameKey",
            "partnerCountry",
            "p.partnerCountry, p.titleKey",
            "validFrom",
            "p.validFrom.date",
            "validUntil",
            "p.validUntil.date",
            "createdAt",
            "p.createdAt",
            "updatedAt",
            "p.updatedAt");

    /** The partnership, or a 404: also for the children's paths, {@code /partnerships/{id}/...}. */
    public Partnership require(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("partnership", id));
    }

    /** What the partnership's representation shows, its sides' summaries included, in one query; or a 404. */
    PartnershipRow requireRow(UUID id) {
        return getEntityManager()
                .createQuery(
                        "select " + PartnershipRow.SELECT + " from Partnership p " + PartnershipRow.JOINS
                                + " where p.id = :id",
                        PartnershipRow.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> ProblemException.notFound("partnership", id));
    }

    /**
     * The partnership, locked until the transaction ends, or a 404: the first step of every write that can change
     * what is derived from it ({@link DerivedValues}). Locking before anything is read makes concurrent writers take
     * turns, each reading what the one before committed.
     */
    public Partnership lock(UUID id) {
        Partnership partnership = findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (partnership == null) {
            throw ProblemException.notFound("partnership", id);
        }
        return partnership;
    }

    /** These partnerships, locked in the database's order of their ids, so that two such writers cannot deadlock. */
    public List<Partnership> lockAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return ListParameter.query(
                        getEntityManager(),
                        "select p from Partnership p where p.id in :ids order by p.id",
                        Partnership.class,
                        "ids",
                        ids)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    /** Whether this transaction holds the partnership's row lock: it locked it, or inserted or updated it. */
    public boolean isLocked(Partnership partnership) {
        LockMode mode = getEntityManager().unwrap(Session.class).getCurrentLockMode(partnership);
        return mode == LockMode.WRITE
                || mode == LockMode.PESSIMISTIC_WRITE
                || mode == LockMode.PESSIMISTIC_FORCE_INCREMENT;
    }

    // the most years of validFrom a page is merged from (mergedYears)
    private static final int MERGED_YEARS = 5;

    private final PartnershipFindings findings;

    private final long walkAbove;

    PartnershipRepository(PartnershipFindings findings, KembarConfig config) {
        this.findings = findings;
        this.walkAbove = config.lists().walkAbove();
    }

    /** A page of partnerships; the total from the kept counts where they can tell, else counted. */
    Page<PartnershipRow> search(PartnershipFilter filter, PageRequest page) {
        Total total = findings.count(filter);
        Optional<List<Integer>> merged = page.isAscendingBy("title") ? mergedYears(filter) : Optional.empty();
        if (merged.isPresent()) {
            Criteria others = others(filter);
            if (others.isEmpty()) {
                // the kept total is selected with the page's rows, in its statement
                return rows(others.mergedOver("p.validFromYear", merged.get()), page, total);
            }
        }
        OptionalLong matches = OptionalLong.empty();
        if (spansYears(filter)) {
            // whether the page walks the list's order depends on how many match (validFrom): read first
            total = total.read(getEntityManager());
            matches = total.value(getEntityManager());
        }
        String pinned = pinned(filter);
        Set<FindingCode> codes = filter.finding == null ? Set.of() : Set.copyOf(filter.finding);
        if (pinned == null && codes.size() == 1 && page.isAscendingBy("title")) {
            return rows(
                    findings.restrictInTitleOrder(
                            conditions(filter, matches), "p", codes.iterator().next()),
                    page,
                    total);
        }
        Criteria criteria = criteria(filter, matches);
        if (page.isAscendingBy("title")) {
            criteria.inWordOrder();
        }
        return rows(criteria, page.pinnedFirst(pinned), total);
    }

    /**
     * The years of validFrom a page in title order is merged from ({@link Criteria#mergedOver}, through the index of
     * (year, title) of V8), when the filter asks for a range of two to {@link #MERGED_YEARS} whole years and nothing
     * else (the caller checks the other conditions, which it builds only then). Of each year the page reads as many
     * index entries as the page's end: of a wider range, where each year is a small share of the matches, walking the
     * title order reads fewer.
     */
    private static Optional<List<Integer>> mergedYears(PartnershipFilter filter) {
        if (filter.finding != null && !filter.finding.isEmpty()) {
            return Optional.empty();
        }
        // no bound at all spans every year a partial date can have, more than MERGED_YEARS
        return Years.of(filter.validFromFrom, filter.validFromTo)
                .filter(years -> years.first() < years.last() && years.last() - years.first() < MERGED_YEARS)
                .map(years -> IntStream.rangeClosed(years.first(), years.last())
                        .boxed()
                        .toList());
    }

    private Page<PartnershipRow> rows(Criteria criteria, PageRequest page, Total total) {
        return criteria.page(
                getEntityManager(),
                Partnership.class,
                "p",
                PartnershipRow.SELECT,
                PartnershipRow.class,
                PartnershipRow.JOINS,
                page,
                total);
    }

    /** Whether the filter asks for a range of several whole years of validFrom. */
    private static boolean spansYears(PartnershipFilter filter) {
        if (filter.validFromFrom == null && filter.validFromTo == null) {
            return false;
        }
        Optional<Years> years = Years.of(filter.validFromFrom, filter.validFromTo);
        return years.isPresent() && years.get().first() != years.get().last();
    }

    /** The columns filters pin to one value each, which have an index followed by the default order (V3, V8, V11). */
    private static String pinned(PartnershipFilter filter) {
        String scope = filter.scope.pinned("p");
        if ("p.partnerCountry".equals(scope)
                && filter.stage != null
                && Set.copyOf(filter.stage).size() == 1) {
            // the (stage, partner country, title) index of V11: a dashboard's stage of one country
            return "p.stage, p.partnerCountry";
        }
        if (scope != null) {
            return scope;
        }
        if (filter.stage != null && Set.copyOf(filter.stage).size() == 1) {
            return "p.stage";
        }
        if (filter.type != null && Set.copyOf(filter.type).size() == 1) {
            return "p.type";
        }
        Optional<Years> years = Years.of(filter.validFromFrom, filter.validFromTo);
        if (years.isPresent() && years.get().first() == years.get().last()) {
            return "p.validFromYear";
        }
        return null;
    }

    /**
     * A range of whole years reads the year of validFrom, which has an index in the list's order (V8): one year pins
     * the page to it; several use it when the kept counts say few partnerships match.
     */
    private void validFrom(Criteria criteria, PartnershipFilter filter, OptionalLong matches) {
        if (filter.validFromFrom == null && filter.validFromTo == null) {
            return;
        }
        Optional<Years> years = Years.of(filter.validFromFrom, filter.validFromTo);
        if (years.isEmpty()) {
            criteria.within("p.validFrom.date", filter.validFromFrom, filter.validFromTo);
            return;
        }
        // Many matches are found within a few rows of the list's order each; few are found from the year's index and
        // sorted. Either way a page reads a few thousand rows at most (at 100,000 partnerships, most years read
        // through the year's index and sorted took four seconds a page; years with few partnerships walked in title
        // order as long).
        boolean walk =
                years.get().first() != years.get().last() && matches.isPresent() && matches.getAsLong() > walkAbove;
        // the same year, computed where no index can serve it, so that the database walks the list's order
        String year = walk ? "extract(year from p.validFrom.date)" : "p.validFromYear";
        criteria.where(year + " >= ?", years.get().first())
                .where(year + " <= ?", years.get().last());
    }

    /** The list's filters as conditions on the partnership {@code p}; statistics count with the same ones. */
    public Criteria criteria(PartnershipFilter filter) {
        return criteria(filter, OptionalLong.empty());
    }

    /** The conditions, knowing how many partnerships match when the kept counts tell ({@code matches}). */
    private Criteria criteria(PartnershipFilter filter, OptionalLong matches) {
        Criteria criteria = conditions(filter, matches);
        return filter.finding == null || filter.finding.isEmpty()
                ? criteria
                : findings.restrict(criteria, "p", filter.finding);
    }

    /** The filters but the finding codes. */
    private Criteria conditions(PartnershipFilter filter, OptionalLong matches) {
        Criteria criteria = others(filter);
        validFrom(criteria, filter, matches);
        return criteria;
    }

    /** The filters but the finding codes and validFrom. */
    private static Criteria others(PartnershipFilter filter) {
        return filter.scope
                .applyTo(new Criteria(), "p")
                .words(filter.q, WordList.PARTNERSHIP, "p")
                .in("p.type", filter.type)
                .equal("p.localGovernment.id", filter.localGovernmentId)
                .equal("p.partner.id", filter.partnerId)
                .within("p.validUntil.date", filter.validUntilFrom, filter.validUntilTo)
                .in("p.stage", filter.stage)
                .since("p.updatedAt", filter.updatedSince);
    }

    /** The partnership already registered between these two sides with this type, other than {@code except}. */
    Optional<Partnership> findSame(UUID localGovernmentId, UUID partnerId, PartnershipType type, UUID except) {
        return find("localGovernment.id = ?1 and partner.id = ?2 and type = ?3", localGovernmentId, partnerId, type)
                .stream()
                .filter(p -> !p.id().equals(except))
                .findFirst();
    }
}
