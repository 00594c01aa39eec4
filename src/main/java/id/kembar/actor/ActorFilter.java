package id.kembar.actor;

import id.kembar.common.geography.KnownRegion;
import id.kembar.common.validation.CountryCode;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of the actor list; repeating a parameter means "any of these". */
public class ActorFilter {

    @QueryParam("q")
    @Size(max = 200)
    @Parameter(description = "Case-insensitive text search in the name, alternative names and notes.")
    public String q;

    @QueryParam("kind")
    @Parameter(description = "Only actors of these kinds (repeatable).")
    public List<ActorKind> kind;

    @QueryParam("country")
    @Parameter(description = "Only actors of these countries, ISO 3166-1 alpha-2 (repeatable).")
    public List<@CountryCode String> country;

    @QueryParam("governmentLevel")
    @Parameter(description = "Only governments of these levels (repeatable).")
    public List<GovernmentLevel> governmentLevel;

    @QueryParam("regionCode")
    @KnownRegion
    @Pattern(
            regexp = RegionCodes.REGEX,
            message = "must be a Kemendagri code (32, 32.71) or an ISO 3166-2 code (CN-ZJ)")
    @Parameter(
            description =
                    "Only actors in this region: a Kemendagri code also matches the regions below it "
                            + "(`32` matches `32.71`); an ISO 3166-2 code matches exactly. A code in neither reference list is a 400.")
    public String regionCode;

    @QueryParam("regionCodeKnown")
    @Parameter(
            description = "Only actors whose region code is (`true`) or is not (`false`) in the reference lists "
                    + "(/reference/regions, /reference/countries/{countryCode}/subdivisions). `false` lists the actors "
                    + "registered before codes were checked, or whose code a newer list no longer has: correct their "
                    + "`regionCode`.")
    public Boolean regionCodeKnown;

    @QueryParam("parentId")
    @Parameter(description = "Only actors directly below this actor.")
    public UUID parentId;

    @QueryParam("updatedSince")
    @Parameter(description = "Only actors changed at or after this moment (for synchronisation).")
    public OffsetDateTime updatedSince;
}
