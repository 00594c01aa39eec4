package id.kembar.participant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The part an actor plays in a partnership.")
public enum ParticipantRole {
    SIGNATORY,
    INITIATOR,
    COORDINATOR,
    IMPLEMENTER,
    FACILITATOR,
    FUNDER,
    APPROVER
}
