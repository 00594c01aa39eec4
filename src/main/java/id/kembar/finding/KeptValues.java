package id.kembar.finding;

import id.kembar.common.persistence.ListParameter;
import id.kembar.common.time.Today;
import id.kembar.history.AuditTrail;
import id.kembar.history.Change;
import id.kembar.history.ResourceType;
import id.kembar.partnership.DerivedValues;
import id.kembar.partnership.FindingCode;
import id.kembar.partnership.Partnership;
import id.kembar.partnership.PartnershipRepository;
import id.kembar.partnership.PartnershipStage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Writes what is derived from partnerships: each one's stage, its {@link KeptFacts}, its {@link CurrentFinding}s and
 * its share of the {@link Tally}, all computed by {@link FindingRules} from its records as of today. The partnership is
 * locked by the caller, so the records read here include everything committed before, and nobody else writes them
 * until this transaction ends.
 */
@ApplicationScoped
class KeptValues implements DerivedValues {

    private final Records records;
    private final Derivation derivation;
    private final Tally tally;
    private final PartnershipRepository partnerships;
    private final Today today;
    private final EntityManager em;
    private final AuditTrail trail;

    KeptValues(
            Records records,
            Derivation derivation,
            Tally tally,
            PartnershipRepository partnerships,
            Today today,
            EntityManager em,
            AuditTrail trail) {
        this.records = records;
        this.derivation = derivation;
        this.tally = tally;
        this.partnerships = partnerships;
        this.today = today;
        this.em = em;
        this.trail = trail;
    }

    /**
     * The day reads last checked the kept values on ({@link KeptFindings#ensureCurrent}) and whether all were current
     * then. A write computed for another day replaces it with a new mark, so that a check that began before it does
     * not record its day as current.
     */
    record Checked(LocalDate day, boolean current) {}

    private final AtomicReference<Checked> checked = new AtomicReference<>(new Checked(null, false));

    /** Whether a check found every kept value current on {@code day}, and no write for another day came since. */
    boolean isCurrentOn(LocalDate day) {
        Checked now = checked.get();
        return now.current() && day.equals(now.day());
    }

    /** A check of {@code day} begins: the mark to hand to {@link #checked} when it found nothing stale. */
    Checked checking(LocalDate day) {
        return checked.updateAndGet(now -> day.equals(now.day()) ? now : new Checked(day, false));
    }

    /** The check that began with this mark found nothing stale (any longer). */
    void checked(Checked mark) {
        checked.compareAndSet(mark, new Checked(mark.day(), true));
    }

    @Override
    public void update(List<Partnership> locked) {
        Tally.Delta delta = new Tally.Delta();
        keep(locked, today.date(), delta);
        tally.apply(delta);
    }

    @Override
    public void remove(Partnership partnership) {
        requireLocked(List.of(partnership));
        KeptFacts kept = em.find(KeptFacts.class, partnership.id());
        if (kept != null) {
            Tally.Delta delta = new Tally.Delta();
            delta.add(partnership.id(), Tally.Contribution.decode(kept.tally), -1);
            tally.apply(delta);
            em.remove(kept);
        }
        em.createQuery("delete from CurrentFinding f where f.partnershipId = :id")
                .setParameter("id", partnership.id())
                .executeUpdate();
    }

    /** Computes the values of these partnerships as of {@code day} and writes those that changed. */
    void keep(List<Partnership> locked, LocalDate day, Tally.Delta delta) {
        if (locked.isEmpty()) {
            return;
        }
        requireLocked(locked);
        // values computed for a day other than the one reads checked (a write begun before midnight, a clock set
        // back) may be stale on that day: the next read checks again
        checked.updateAndGet(now -> day.equals(now.day()) ? now : new Checked(now.day(), false));
        // the copies of the sides are current: every write that changes a side copies it (Partnership.placeBetween,
        // partiesChanged); the records are read from the locked partnerships and their children
        em.flush();
        List<UUID> ids = locked.stream().map(Partnership::id).toList();
        Map<UUID, Records.Partnership> found = records.of(locked);
        Stored kept = stored(ids);
        Map<Partnership, PartnershipStage> moved = new LinkedHashMap<>();
        for (Partnership partnership : locked) {
            Records.Partnership record = found.get(partnership.id());
            placePrograms(record);
            Derivation.Derived derived = derivation.of(record, day);
            Set<FindingCode> codes = derived.findings();
            PartnershipStage stageBefore = partnership.stage();
            partnership.moveTo(derived.facts().stage());
            if (partnership.stage() != stageBefore) {
                moved.put(partnership, stageBefore);
            }
            partnership.keepFindings(codes);

            Tally.Contribution contribution = derived.contribution();
            KeptFacts computed = derived.kept();
            KeptFacts stored = kept.facts().get(partnership.id());
            if (stored == null) {
                em.persist(computed);
                delta.add(partnership.id(), contribution, 1);
            } else {
                delta.replace(partnership.id(), Tally.Contribution.decode(stored.tally), contribution);
                stored.takeFrom(computed);
            }

            Map<FindingCode, CurrentFinding> before = kept.findings().getOrDefault(partnership.id(), Map.of());
            for (FindingCode code : codes) {
                CurrentFinding now = new CurrentFinding(derived.record(), code);
                CurrentFinding was = before.get(code);
                if (was == null) {
                    em.persist(now);
                } else {
                    was.takeFrom(now);
                }
            }
            before.forEach((code, was) -> {
                if (!codes.contains(code)) {
                    em.remove(was);
                }
            });
        }
        em.flush();
        // a new stage is a new version of the partnership, which its history and the change feed show: as following
        // from the write in this transaction (a milestone's), or as the service's own when time moved it
        moved.forEach((partnership, stageBefore) -> trail.record(Change.followed(
                        ResourceType.PARTNERSHIP,
                        partnership.id(),
                        partnership.version(),
                        List.of(trail.field("stage", stageBefore, partnership.stage())))
                .in(partnership.id(), partnership.localRegionCode())));
    }

    /** Copies the partnership's place onto its programs, where any of them says another (V7). */
    private void placePrograms(Records.Partnership partnership) {
        Records.Place place = Records.Place.of(partnership);
        if (partnership.programs().stream().allMatch(program -> program.place().equals(place))) {
            return;
        }
        em.createNativeQuery("update sector_program set local_region_code = ?1, local_province = ?2, "
                        + "partner_country = ?3 where partnership_id = ?4")
                .setParameter(1, place.localRegionCode())
                .setParameter(2, place.localProvince())
                .setParameter(3, place.partnerCountry())
                .setParameter(4, partnership.id())
                .executeUpdate();
    }

    /** What is kept of some partnerships: their facts, and their current findings by code. */
    record Stored(Map<UUID, KeptFacts> facts, Map<UUID, Map<FindingCode, CurrentFinding>> findings) {}

    Stored stored(List<UUID> ids) {
        Map<UUID, KeptFacts> facts = new HashMap<>();
        ListParameter.query(em, "select f from KeptFacts f where f.partnershipId in :ids", KeptFacts.class, "ids", ids)
                .getResultList()
                .forEach(f -> facts.put(f.partnershipId, f));
        Map<UUID, Map<FindingCode, CurrentFinding>> findings = new HashMap<>();
        ListParameter.query(
                        em,
                        "select f from CurrentFinding f where f.partnershipId in :ids",
                        CurrentFinding.class,
                        "ids",
                        ids)
                .getResultList()
                .forEach(f -> findings.computeIfAbsent(f.partnershipId, id -> new EnumMap<>(FindingCode.class))
                        .put(f.code, f));
        return new Stored(facts, findings);
    }

    // the guard that makes a forgotten lock fail every test of the write, instead of a race in production
    private void requireLocked(List<Partnership> partnerships) {
        for (Partnership partnership : partnerships) {
            if (!this.partnerships.isLocked(partnership)) {
                throw new IllegalStateException("partnership " + partnership.id() + " is not locked by this write");
            }
        }
    }
}
