package id.kembar.actor;

import id.kembar.common.geography.Geography;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The small view of an actor that other resources embed next to the id they refer to. */
@Schema(description = "A short view of an actor, embedded where another resource refers to it.")
public record ActorSummary(
        @Schema(required = true, description = "The actor's id.") UUID id,
        @Schema(required = true, description = "The actor's kind.") ActorKind kind,
        @Schema(
                        required = true,
                        description = "The actor's official name.",
                        example = "Pemerintah Kota Tangerang Selatan")
                String name,
        @Schema(
                        required = true,
                        description = "The actor's country, ISO 3166-1 alpha-2.",
                        pattern = "^[A-Z]{2}$",
                        example = "ID")
                String country,
        @Schema(description = "The actor's region code, where it has one.", example = "36.74") String regionCode,
        @Schema(
                        description = "The name of the region: the Kemendagri name of an Indonesian province, regency "
                                + "or city, the ISO 3166-2 name of a foreign subdivision; absent where the code has "
                                + "none in the reference lists (a district's).",
                        example = "Kota Tangerang Selatan")
                String regionName) {

    // through accessors: the actor may be a lazy proxy, whose fields are empty
    public static ActorSummary of(Actor actor) {
        return actor == null ? null : of(actor.id(), actor.kind(), actor.name(), actor.country(), actor.regionCode());
    }

    /** The summary of an actor read as these values (a list's row), its region named from the reference lists. */
    public static ActorSummary of(UUID id, ActorKind kind, String name, String country, String regionCode) {
        return new ActorSummary(id, kind, name, country, regionCode, Geography.nameOf(regionCode));
    }
}
