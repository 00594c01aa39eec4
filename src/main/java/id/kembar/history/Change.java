package id.kembar.history;

import id.kembar.common.web.Versioned;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A change a write made to one record, handed to the {@link AuditTrail} by the service that made it. A service records
 * what its request changed ({@link #created}, {@link #updated}, {@link #deleted}: the record's representation before
 * and after, from which the changed fields come); what followed from it in the same transaction (a partnership's stage
 * moved by a milestone, the children deleted with their partnership, a partnership showing a renamed actor) is
 * recorded as {@link #followed} or with {@link #followingFrom}, and names the request's own change as its cause.
 *
 * @param partnershipId the partnership a participant, milestone or program belongs to; a partnership's own id
 * @param regionCode where the record lies (a partnership's local region, an Indonesian actor's region)
 * @param previousRegionCode where it lay before, when the change moved it
 */
public record Change(
        ResourceType type,
        UUID id,
        UUID partnershipId,
        String regionCode,
        String previousRegionCode,
        ChangeOperation operation,
        long version,
        boolean changed,
        boolean primary,
        List<FieldChange> fields,
        Versioned before,
        Versioned after) {

    public static Change created(ResourceType type, Versioned after) {
        return new Change(
                type,
                after.id(),
                null,
                null,
                null,
                ChangeOperation.CREATED,
                after.version(),
                true,
                true,
                null,
                null,
                after);
    }

    public static Change updated(ResourceType type, Versioned before, Versioned after) {
        return new Change(
                type,
                after.id(),
                null,
                null,
                null,
                ChangeOperation.UPDATED,
                after.version(),
                before.version() != after.version(),
                true,
                null,
                before,
                after);
    }

    public static Change deleted(ResourceType type, Versioned before) {
        return new Change(
                type,
                before.id(),
                null,
                null,
                null,
                ChangeOperation.DELETED,
                before.version(),
                true,
                true,
                null,
                before,
                null);
    }

    /** A record that changed because of another change in the transaction: these fields, to this new version. */
    public static Change followed(ResourceType type, UUID id, long version, List<FieldChange> fields) {
        return new Change(
                type,
                id,
                null,
                null,
                null,
                ChangeOperation.UPDATED,
                version,
                true,
                false,
                List.copyOf(fields),
                null,
                null);
    }

    /**
     * A record the request repaired (an operator's consistency repair): a new version, with no field a client sees
     * changed.
     */
    public static Change repaired(ResourceType type, UUID id, long version) {
        return new Change(
                type, id, null, null, null, ChangeOperation.UPDATED, version, true, true, List.of(), null, null);
    }

    /** The same change, of a record in this partnership and region. */
    public Change in(UUID partnershipId, String regionCode) {
        return copy(partnershipId, regionCode, previousRegionCode, primary, fields, before, after);
    }

    /** The same change, which moved the record out of {@code region} (nothing when it is the same). */
    public Change movedFrom(String region) {
        return Objects.equals(region, regionCode)
                ? this
                : copy(partnershipId, regionCode, region, primary, fields, before, after);
    }

    Change withFields(List<FieldChange> fields) {
        return copy(partnershipId, regionCode, previousRegionCode, primary, List.copyOf(fields), null, null);
    }

    /**
     * This change and then {@code next}, of the same record in the same transaction, as one change from the first state
     * to the last (a new partnership whose stage its own write moved, a milestone write that moved the stage twice).
     */
    Change then(Change next) {
        ChangeOperation merged = operation == ChangeOperation.CREATED && next.operation != ChangeOperation.DELETED
                ? ChangeOperation.CREATED
                : next.operation;
        Map<String, FieldChange> byField = new LinkedHashMap<>();
        for (FieldChange field : fields) {
            byField.put(field.field(), field);
        }
        for (FieldChange field : next.fields) {
            FieldChange was = byField.get(field.field());
            byField.put(
                    field.field(),
                    was == null ? field : new FieldChange(field.field(), was.oldValue(), field.newValue()));
        }
        List<FieldChange> combined = byField.values().stream()
                .map(field -> switch (merged) {
                    case CREATED -> new FieldChange(field.field(), null, field.newValue());
                    case DELETED -> new FieldChange(field.field(), field.oldValue(), null);
                    case UPDATED -> field;
                })
                .filter(field -> !Objects.equals(field.oldValue(), field.newValue()))
                .toList();
        return new Change(
                type,
                id,
                partnershipId != null ? partnershipId : next.partnershipId,
                next.regionCode != null ? next.regionCode : regionCode,
                previousRegionCode != null ? previousRegionCode : next.previousRegionCode,
                merged,
                Math.max(version, next.version),
                changed || next.changed,
                primary || next.primary,
                combined,
                null,
                null);
    }

    /** The same change, made not by the request itself but following from its own change (a cascaded delete). */
    public Change followingFrom() {
        return copy(partnershipId, regionCode, previousRegionCode, false, fields, before, after);
    }

    private Change copy(
            UUID partnershipId,
            String regionCode,
            String previousRegionCode,
            boolean primary,
            List<FieldChange> fields,
            Versioned before,
            Versioned after) {
        return new Change(
                type,
                id,
                partnershipId,
                regionCode,
                previousRegionCode,
                operation,
                version,
                changed,
                primary,
                fields,
                before,
                after);
    }
}
