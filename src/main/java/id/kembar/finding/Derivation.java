package id.kembar.finding;

import id.kembar.common.KembarConfig;
import id.kembar.partnership.FindingCode;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Set;

/** Everything derived from one partnership's records as of a day, with the service's settings. */
@ApplicationScoped
class Derivation {

    /** The facts, the findings they make, the partnership's share of the counts, and until when they hold. */
    record Derived(Records.Partnership record, Horizon horizon, Facts facts, Set<FindingCode> findings) {

        Tally.Contribution contribution() {
            return Tally.Contribution.of(record, facts, findings);
        }

        KeptFacts kept() {
            return new KeptFacts(record.id(), facts, horizon, contribution());
        }
    }

    private final KembarConfig config;

    Derivation(KembarConfig config) {
        this.config = config;
    }

    Derived of(Records.Partnership record, LocalDate day) {
        Horizon horizon = new Horizon(day);
        Facts facts = FindingRules.facts(record, horizon, config.timeZone());
        return new Derived(record, horizon, facts, FindingRules.findings(facts, horizon, config.findings()));
    }
}
