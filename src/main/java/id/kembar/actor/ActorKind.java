package id.kembar.actor;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description = "What kind of organisation or person an actor is. `AGENCY` is a regional agency (SKPD, dinas), "
                + "`LEGISLATURE` a regional parliament (DPRD).")
public enum ActorKind {
    GOVERNMENT,
    AGENCY,
    LEGISLATURE,
    MINISTRY,
    DIPLOMATIC_MISSION,
    INTERNATIONAL_ORGANIZATION,
    BUSINESS,
    NGO,
    ACADEMIC,
    COMMUNITY,
    PERSON
}
