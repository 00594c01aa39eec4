package id.kembar.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import id.kembar.access.Author;
import id.kembar.access.Callers;
import id.kembar.access.Role;
import id.kembar.common.web.RequestIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.engine.spi.ActionQueue;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks;
import org.jboss.logging.MDC;

/**
 * Writes the audit record of every change in the transaction that makes it, so that a rolled-back write leaves none
 * and a committed one its own.
 *
 * <p>The services hand each change over as they make it ({@link #record}); the records are written as the last thing
 * before the transaction commits, one per record changed (what followed from the request's own change merged into
 * it). Their place in the change feed is given after the commit, by the {@link Sequencer}, so that writers never wait
 * for one another for it (docs/change-feed.md).
 */
@ApplicationScoped
public class AuditTrail {

    /** What a record's representation has that is no field a client changes, and so no part of the changes shown. */
    private static final Set<String> NOT_FIELDS = Set.of("id", "version", "createdAt", "updatedAt", "findings");

    private final TransactionSynchronizationRegistry transactions;
    private final EntityManager em;
    private final ObjectMapper json;
    private final Callers callers;
    private final Sequencer sequencer;
    private final ChangeSignal signal;
    private final Clock clock;

    AuditTrail(
            TransactionSynchronizationRegistry transactions,
            EntityManager em,
            ObjectMapper json,
            Callers callers,
            Sequencer sequencer,
            ChangeSignal signal,
            Clock clock) {
        this.transactions = transactions;
        this.em = em;
        this.json = json;
        this.callers = callers;
        this.sequencer = sequencer;
        this.signal = signal;
        this.clock = clock;
    }

    /** Records a change of the current transaction (which every write has), to be written when it commits. */
    public void record(Change change) {
        Pending pending = (Pending) transactions.getResource(AuditTrail.class);
        if (pending == null) {
            Object requestId = MDC.get(RequestIds.MDC_KEY);
            pending = new Pending(callers.author(), requestId == null ? null : requestId.toString());
            transactions.putResource(AuditTrail.class, pending);
            // run by the session as it completes the transaction, after its own flush and before it hands its
            // connection back to the pool (a JTA synchronization of our own would run too late for that)
            ActionQueue queue = em.unwrap(SessionImplementor.class).getActionQueue();
            queue.registerCallback((TransactionCompletionCallbacks.BeforeCompletionCallback) pending);
            queue.registerCallback((TransactionCompletionCallbacks.AfterCompletionCallback) pending);
        }
        pending.add(change.fields() != null ? change : change.withFields(diff(change.before(), change.after())));
    }

    /** One field's change, its values as the record's representation shows them. */
    public FieldChange field(String name, Object before, Object after) {
        return new FieldChange(
                name, before == null ? null : json.valueToTree(before), after == null ? null : json.valueToTree(after));
    }

    /** The fields whose values differ between two representations of a record (either may be null). */
    List<FieldChange> diff(Object before, Object after) {
        JsonNode old = before == null ? NullNode.getInstance() : json.valueToTree(before);
        JsonNode now = after == null ? NullNode.getInstance() : json.valueToTree(after);
        Map<String, FieldChange> changes = new LinkedHashMap<>();
        for (JsonNode side : List.of(old, now)) {
            for (Iterator<String> names = side.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                JsonNode was = valueOf(old, name);
                JsonNode is = valueOf(now, name);
                if (!NOT_FIELDS.contains(name) && !was.equals(is)) {
                    changes.putIfAbsent(name, new FieldChange(name, nullIfNull(was), nullIfNull(is)));
                }
            }
        }
        return List.copyOf(changes.values());
    }

    private static JsonNode valueOf(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null ? NullNode.getInstance() : value;
    }

    private static JsonNode nullIfNull(JsonNode value) {
        return value.isNull() ? null : value;
    }

    /** The changes of one transaction, written just before it commits. */
    private final class Pending
            implements TransactionCompletionCallbacks.BeforeCompletionCallback,
                    TransactionCompletionCallbacks.AfterCompletionCallback {

        private final Author author;
        private final String requestId;
        private final Map<String, Change> changes = new LinkedHashMap<>();
        private long written;

        Pending(Author author, String requestId) {
            this.author = author;
            this.requestId = requestId;
        }

        void add(Change change) {
            changes.merge(change.type() + "/" + change.id(), change, Change::then);
        }

        @Override
        public void doBeforeTransactionCompletion(SharedSessionContractImplementor session) {
            written = write(this);
        }

        @Override
        public void doAfterTransactionCompletion(boolean success, SharedSessionContractImplementor session) {
            // requests waiting for changes learn of these at once; otherwise the next feed read numbers them (a
            // number takes a durable commit of its own, which no write should pay for when nobody follows the feed)
            if (success && written > 0 && !signal.nobodyWaits()) {
                sequencer.soon();
            }
        }
    }

    private long write(Pending pending) {
        if (pending.changes.isEmpty()) {
            return 0;
        }
        List<Change> changes = new ArrayList<>(pending.changes.values());
        Change cause = changes.stream().filter(Change::primary).findFirst().orElse(null);
        Author author = cause == null ? Author.SERVICE : pending.author;
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (Change change : changes) {
            ChangeRecord record = new ChangeRecord();
            record.recordedAt = now;
            record.resourceType = change.type();
            record.resourceId = change.id();
            record.partnershipId = change.partnershipId();
            record.regionCode = change.regionCode();
            record.province = ChangeRecord.provinceOf(change.regionCode());
            record.previousRegionCode = change.previousRegionCode();
            record.previousProvince = ChangeRecord.provinceOf(change.previousRegionCode());
            record.operation = change.operation();
            record.version = change.version();
            record.changed = change.changed();
            record.authorKind = author.kind();
            record.authorName = author.name();
            record.authorSubject = author.subject();
            record.authorClientId = author.clientId();
            record.authorApiKeyId = author.apiKeyId();
            record.authorRoles =
                    author.roles().stream().sorted().map(Role::name).collect(Collectors.joining(","));
            record.requestId = cause == null ? null : pending.requestId;
            if (cause != null && !change.primary() && !sameRecord(cause, change)) {
                record.causeType = cause.type();
                record.causeId = cause.id();
            }
            record.changes = write(change.fields());
            em.persist(record);
        }
        em.flush();
        return changes.size();
    }

    private static boolean sameRecord(Change a, Change b) {
        return a.type() == b.type() && Objects.equals(a.id(), b.id());
    }

    private String write(List<FieldChange> fields) {
        try {
            return json.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The changed fields a stored record holds. */
    List<FieldChange> fieldsOf(String stored) {
        try {
            return List.of(json.readValue(stored, FieldChange[].class));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
