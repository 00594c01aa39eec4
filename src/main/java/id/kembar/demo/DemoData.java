package id.kembar.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.kembar.access.Callers;
import id.kembar.actor.ActorRepository;
import id.kembar.actor.ActorRequest;
import id.kembar.actor.ActorService;
import id.kembar.common.KembarConfig;
import id.kembar.common.persistence.LockFailures;
import id.kembar.common.problem.ProblemException;
import id.kembar.milestone.MilestoneRequest;
import id.kembar.milestone.MilestoneService;
import id.kembar.participant.ParticipantRequest;
import id.kembar.participant.ParticipantService;
import id.kembar.partnership.PartnershipRequest;
import id.kembar.partnership.PartnershipService;
import id.kembar.program.SectorProgramRequest;
import id.kembar.program.SectorProgramService;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Loads the five seed partnerships of DOMAIN.md (from {@value #FILE}) into an empty database, so that a newcomer who
 * starts the service sees real data at once. Each record is a request body, created through the feature's service:
 * the demo data passes exactly the validation a client's data passes.
 */
@ApplicationScoped
class DemoData {

    static final String FILE = "demo/seed-partnerships.json";
    private static final Duration LOCK_PATIENCE = Duration.ofMinutes(2);

    private final KembarConfig config;
    private final ObjectMapper json;
    private final ActorRepository actorRecords;
    private final ActorService actors;
    private final PartnershipService partnerships;
    private final SectorProgramService programs;
    private final MilestoneService milestones;
    private final ParticipantService participants;

    DemoData(
            KembarConfig config,
            ObjectMapper json,
            ActorRepository actorRecords,
            ActorService actors,
            PartnershipService partnerships,
            SectorProgramService programs,
            MilestoneService milestones,
            ParticipantService participants) {
        this.config = config;
        this.json = json;
        this.actorRecords = actorRecords;
        this.actors = actors;
        this.partnerships = partnerships;
        this.programs = programs;
        this.milestones = milestones;
        this.participants = participants;
    }

    // Flyway has migrated the schema before StartupEvent is fired
    void onStart(@Observes StartupEvent event) {
        if (config.demoData().enabled()) {
            load();
        }
    }

    /**
     * {@link #loadIfEmpty}, tried again while another instance's load holds the decision's row longer than the
     * database waits for a lock (H2 gives up after a second or two; PostgreSQL waits).
     */
    boolean load() {
        // the demo data is the service's own writing, as no caller's
        return Callers.asService(this::loadPatiently);
    }

    private boolean loadPatiently() {
        long deadline = System.nanoTime() + LOCK_PATIENCE.toNanos();
        while (true) {
            try {
                // ArC intercepts the self-invocation: the whole load is the one transaction of loadIfEmpty
                return loadIfEmpty();
            } catch (RuntimeException e) {
                if (!LockFailures.isOrCausedBy(e) || System.nanoTime() > deadline) {
                    throw e;
                }
                Log.info("Demo data: another instance is deciding on it; waiting for it");
            }
        }
    }

    /**
     * Loads everything in one transaction, once in the life of a database, and only when it holds no actor (and so no
     * partnership, which needs two): a user's own data is never mixed with demo data, a restart does not load it
     * again, nor does one after the user deleted it, and of several instances that start on an empty database at the
     * same moment one loads it (V12). True when this call loaded it.
     */
    @Transactional
    boolean loadIfEmpty() {
        if (!decide()) {
            Log.info("Demo data: not loaded, as this database has been given it or data of its own before");
            return false;
        }
        if (actorRecords.count() > 0) {
            Log.info("Demo data: not loaded, as this database holds data of its own");
            return false;
        }
        markLoaded();
        JsonNode seed = read();
        Map<String, UUID> actorIds = new HashMap<>();
        // the file lists parents before their children
        for (JsonNode actor : seed.get("actors")) {
            ObjectNode request = withIds(actor, actorIds, "parent", "parentId");
            actorIds.put(actor.get("ref").asText(), create(actor, () -> actors.create(as(request, ActorRequest.class))
                    .id()));
        }
        int programCount = 0;
        int milestoneCount = 0;
        int participantCount = 0;
        for (JsonNode partnership : seed.get("partnerships")) {
            ObjectNode request =
                    withIds(partnership, actorIds, "localGovernment", "localGovernmentId", "partner", "partnerId");
            request.remove(List.of("programs", "milestones", "participants"));
            UUID id = create(partnership, () -> partnerships
                    .create(as(request, PartnershipRequest.class))
                    .id());
            // programs first: a milestone may belong to one
            Map<String, UUID> programIds = new HashMap<>();
            for (JsonNode program : partnership.get("programs")) {
                ObjectNode body = withIds(program, actorIds, "leadAgency", "leadAgencyId");
                programIds.put(program.get("ref").asText(), create(program, () -> programs.create(
                                id, as(body, SectorProgramRequest.class))
                        .id()));
                programCount++;
            }
            for (JsonNode milestone : partnership.get("milestones")) {
                ObjectNode body = withIds(milestone, actorIds, "actors", "actorIds");
                resolve(body, programIds, "sectorProgram", "sectorProgramId");
                create(milestone, () -> milestones.create(id, as(body, MilestoneRequest.class)));
                milestoneCount++;
            }
            for (JsonNode participant : partnership.get("participants")) {
                ObjectNode body = withIds(participant, actorIds, "actor", "actorId");
                create(participant, () -> participants.create(id, as(body, ParticipantRequest.class)));
                participantCount++;
            }
        }
        Log.infof(
                "Loaded the demo data into the empty database: %d actors, %d partnerships with %d sector programs, "
                        + "%d milestones and %d participants",
                actorIds.size(), seed.get("partnerships").size(), programCount, milestoneCount, participantCount);
        return true;
    }

    /**
     * Writes the decision's row, first in the transaction: false when it is there already. A second instance's write
     * waits at the row for this transaction to end, and then finds it.
     */
    private boolean decide() {
        return actorRecords
                        .getEntityManager()
                        .createNativeQuery(
                                "insert into demo_data_load (id, decided_at, loaded) values (1, current_timestamp,"
                                        + " false) on conflict do nothing")
                        .executeUpdate()
                == 1;
    }

    private void markLoaded() {
        actorRecords
                .getEntityManager()
                .createNativeQuery("update demo_data_load set loaded = true where id = 1")
                .executeUpdate();
    }

    private JsonNode read() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("Demo data file " + FILE + " is missing");
            }
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Demo data file " + FILE + " cannot be read", e);
        }
    }

    /** A copy of the record without its own name, with the named references replaced by ids (pairs of fields). */
    private static ObjectNode withIds(JsonNode record, Map<String, UUID> ids, String... refAndIdFields) {
        ObjectNode body = record.deepCopy();
        body.remove("ref");
        for (int i = 0; i < refAndIdFields.length; i += 2) {
            resolve(body, ids, refAndIdFields[i], refAndIdFields[i + 1]);
        }
        return body;
    }

    private static void resolve(ObjectNode body, Map<String, UUID> ids, String refField, String idField) {
        JsonNode ref = body.remove(refField);
        if (ref == null) {
            return;
        }
        if (ref.isArray()) {
            ArrayNode resolved = body.putArray(idField);
            ref.forEach(r -> resolved.add(idOf(ids, r.asText(), refField)));
        } else {
            body.put(idField, idOf(ids, ref.asText(), refField));
        }
    }

    private static String idOf(Map<String, UUID> ids, String ref, String field) {
        UUID id = ids.get(ref);
        if (id == null) {
            throw new IllegalStateException(
                    "Demo data: " + field + " names \"" + ref + "\", which is not defined before");
        }
        return id.toString();
    }

    // the application's mapper is strict, so a misspelt or unknown field in the file fails here
    private <T> T as(ObjectNode body, Class<T> type) {
        try {
            return json.treeToValue(body, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "Demo data: not a valid " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    // names the record when the API rejects it, which the problem alone does not
    private static <T> T create(JsonNode record, Supplier<T> creation) {
        try {
            return creation.get();
        } catch (ProblemException e) {
            throw new IllegalStateException("Demo data rejected: " + e.detail + " " + e.errors + " in " + record, e);
        }
    }
}
