package id.kembar.finding;

import id.kembar.actor.ActorCounts;
import id.kembar.common.persistence.CountDifferences;
import id.kembar.common.text.WordCounts;
import id.kembar.common.text.WordOrder;
import id.kembar.common.time.Today;
import id.kembar.finding.ConsistencyReport.Disagreement;
import id.kembar.history.AuditTrail;
import id.kembar.history.Change;
import id.kembar.history.ResourceType;
import id.kembar.partnership.FindingCode;
import id.kembar.partnership.Partnership;
import id.kembar.partnership.PartnershipRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Compares every kept value with a computation from scratch from the records (an operator's check, and the tests'
 * after every kind of write), and repairs what disagrees. Partnerships are checked a batch at a time under their
 * locks, so a concurrent write is never mistaken for a disagreement.
 */
@ApplicationScoped
class ConsistencyCheck {

    private static final int BATCH = 500;
    private static final int SHOWN = 1000;
    private static final String[] PARTIES = {
        "localRegionCode", "localProvince", "localGovernmentName", "partnerName", "partnerCountry"
    };

    private final Records records;
    private final Derivation derivation;
    private final KeptValues kept;
    private final KeptFindings findings;
    private final PartnershipRepository partnerships;
    private final Tally tally;
    private final Today today;
    private final EntityManager em;
    private final AuditTrail trail;
    private final ActorCounts actorCounts;
    private final WordCounts wordCounts;
    private final WordOrder wordOrder;

    ConsistencyCheck(
            Records records,
            Derivation derivation,
            KeptValues kept,
            KeptFindings findings,
            PartnershipRepository partnerships,
            Tally tally,
            Today today,
            EntityManager em,
            AuditTrail trail,
            ActorCounts actorCounts,
            WordCounts wordCounts,
            WordOrder wordOrder) {
        this.records = records;
        this.derivation = derivation;
        this.kept = kept;
        this.findings = findings;
        this.partnerships = partnerships;
        this.tally = tally;
        this.today = today;
        this.em = em;
        this.trail = trail;
        this.actorCounts = actorCounts;
        this.wordCounts = wordCounts;
        this.wordOrder = wordOrder;
    }

    ConsistencyReport check() {
        return run(false);
    }

    /** Computes again, under their locks, every partnership with a disagreement, and corrects the counts. */
    ConsistencyReport repair() {
        return run(true);
    }

    // a transaction per batch: each holds its partnerships' locks briefly, and none comes near the timeout
    private ConsistencyReport run(boolean repair) {
        // whatever reads checked: what is stale is brought up to date, so that only disagreements remain
        findings.refresh();
        LocalDate day = today.date();
        List<Disagreement> found = new ArrayList<>();
        long count = 0;
        UUID after = null;
        while (true) {
            UUID from = after;
            List<UUID> ids = QuarkusTransaction.requiringNew().call(() -> Batches.nextIds(em, from, BATCH));
            if (ids.isEmpty()) {
                break;
            }
            found.addAll(QuarkusTransaction.requiringNew().call(() -> checkBatch(ids, day, repair)));
            count += ids.size();
            after = ids.get(ids.size() - 1);
        }
        found.addAll(counted("tally ", this::tallyDifferences, this::correctTally, repair));
        found.addAll(counted("actorCount ", actorCounts::differences, actorCounts::correct, repair));
        found.addAll(counted("wordCount ", wordCounts::differences, wordCounts::correct, repair));
        found.addAll(counted("wordOrderKeys ", wordOrder::staleKeys, wordOrder::copyKeys, repair));
        return new ConsistencyReport(
                day, count, repair && !found.isEmpty(), List.copyOf(found.subList(0, Math.min(SHOWN, found.size()))));
    }

    private List<Disagreement> checkBatch(List<UUID> ids, LocalDate day, boolean repair) {
        List<Partnership> batch = partnerships.lockAll(ids);
        List<Disagreement> found = compare(batch, day);
        if (repair && !found.isEmpty()) {
            Set<UUID> wrong = new HashSet<>();
            found.forEach(d -> wrong.add(d.partnershipId()));
            List<Partnership> toRepair =
                    batch.stream().filter(p -> wrong.contains(p.id())).toList();
            toRepair.forEach(Partnership::partiesChanged);
            wordCounts.count(toRepair);
            kept.update(toRepair);
            toRepair.forEach(partnership ->
                    trail.record(Change.repaired(ResourceType.PARTNERSHIP, partnership.id(), partnership.version())
                            .in(partnership.id(), partnership.localRegionCode())));
        }
        return found;
    }

    private List<Disagreement> compare(List<Partnership> batch, LocalDate day) {
        List<UUID> ids = batch.stream().map(Partnership::id).toList();
        Map<UUID, Records.Partnership> found = records.of(batch);
        KeptValues.Stored stored = kept.stored(ids);
        Map<UUID, Object[]> parties = new HashMap<>();
        em.createQuery(
                        "select p.id, p.localRegionCode, p.localProvince, p.localGovernmentName, p.partnerName, "
                                + "p.partnerCountry, lg.regionCode, substring(lg.regionCode, 1, 2), lg.name, pa.name, "
                                + "pa.country from Partnership p join p.localGovernment lg join p.partner pa "
                                + "where p.id in :ids",
                        Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(row -> parties.put((UUID) row[0], row));

        List<Disagreement> disagreements = new ArrayList<>();
        for (Partnership partnership : batch) {
            UUID id = partnership.id();
            Derivation.Derived derived = derivation.of(found.get(id), day);
            Set<FindingCode> codes = derived.findings();

            differ(
                    disagreements,
                    id,
                    "stage",
                    partnership.stage(),
                    derived.facts().stage());
            KeptFacts keptFacts = stored.facts().get(id);
            if (keptFacts == null) {
                differ(disagreements, id, "keptFacts", null, "present");
            } else {
                Map<String, Object> kept = keptFacts.values();
                derived.kept()
                        .values()
                        .forEach((name, value) -> differ(disagreements, id, name, kept.get(name), value));
            }
            Map<FindingCode, CurrentFinding> have = stored.findings().getOrDefault(id, Map.of());
            differ(disagreements, id, "findings", setOf(have.keySet()), setOf(codes));
            differ(disagreements, id, "partnership.findings", setOf(partnership.findings()), setOf(codes));
            for (FindingCode code : codes) {
                CurrentFinding row = have.get(code);
                if (row != null && !row.sameAs(new CurrentFinding(derived.record(), code))) {
                    differ(disagreements, id, "findings." + code, "outdated copy", "the partnership's values");
                }
            }
            Object[] copies = parties.get(id);
            for (int i = 0; i < PARTIES.length; i++) {
                differ(disagreements, id, PARTIES[i], copies[1 + i], copies[6 + i]);
            }
            Records.Place place = new Records.Place((String) copies[6], (String) copies[7], (String) copies[10]);
            for (Records.Program program : found.get(id).programs()) {
                differ(disagreements, id, "sectorPrograms." + program.id() + ".place", program.place(), place);
            }
        }
        return disagreements;
    }

    /**
     * The lasting differences of values kept over many records (see {@link #lasting}), each read in a transaction of
     * its own, and corrected in another when {@code repair} is asked and some differ.
     */
    private static List<Disagreement> counted(
            String prefix, Supplier<Map<String, long[]>> differences, Runnable correction, boolean repair) {
        List<Disagreement> found = QuarkusTransaction.requiringNew().call(() -> lasting(prefix, differences));
        if (repair && !found.isEmpty()) {
            QuarkusTransaction.requiringNew().run(correction);
        }
        return found;
    }

    /**
     * Counts kept over many records (the tally, the actors' counts) against what they should be. Both sides are read
     * without locks, so a write that commits in between may make a row differ once; only rows that differ on three
     * readings in a row are reported, each as the value {@code prefix} and the row.
     */
    private static List<Disagreement> lasting(String prefix, Supplier<Map<String, long[]>> differences) {
        Map<String, long[]> differing = differences.get();
        for (int attempt = 0; attempt < 2 && !differing.isEmpty(); attempt++) {
            Map<String, long[]> again = differences.get();
            differing.keySet().retainAll(again.keySet());
            differing.replaceAll((row, pair) -> again.get(row));
        }
        List<Disagreement> disagreements = new ArrayList<>();
        differing.forEach((row, pair) -> disagreements.add(new Disagreement(
                null, prefix + row.replace('\t', ' '), String.valueOf(pair[0]), String.valueOf(pair[1]))));
        return disagreements;
    }

    /** Each tally row (over its shards) that differs from the sum of the kept contributions: kept, expected. */
    private Map<String, long[]> tallyDifferences() {
        Map<String, Long> expected = new HashMap<>();
        em.createQuery("select f.tally from KeptFacts f", String.class)
                .getResultStream()
                .map(Tally.Contribution::decode)
                .forEach(c -> c.forEachRow((row, n) -> expected.merge(row, n, Long::sum)));
        return CountDifferences.of(tally.all(), expected);
    }

    /** Adds to shard 0 of each differing row what it lacks. */
    private void correctTally() {
        Tally.Delta correction = new Tally.Delta();
        tallyDifferences().forEach((row, pair) -> correction.addRow(row, pair[1] - pair[0]));
        tally.apply(correction);
    }

    private static Set<FindingCode> setOf(Collection<FindingCode> codes) {
        Set<FindingCode> set = EnumSet.noneOf(FindingCode.class);
        set.addAll(codes);
        return set;
    }

    private static void differ(List<Disagreement> into, UUID id, String value, Object kept, Object computed) {
        if (!Objects.equals(kept, computed)) {
            into.add(new Disagreement(
                    id, value, kept == null ? null : kept.toString(), computed == null ? null : computed.toString()));
        }
    }
}
