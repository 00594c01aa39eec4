package id.kembar.history;

import id.kembar.access.Caller;
import id.kembar.common.geography.KnownRegion;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** What a change feed request asks for. */
public class ChangeQuery {

    static final int MAX_LIMIT = 1000;
    static final int MAX_WAIT_SECONDS = 30;

    @QueryParam("after")
    @Parameter(
            description = "The `next` cursor of the last response processed; omit it to read the feed from its oldest "
                    + "kept change.")
    public String after;

    @QueryParam("limit")
    @DefaultValue("100")
    @Min(value = 1, message = "must be between 1 and " + MAX_LIMIT)
    @Max(value = MAX_LIMIT, message = "must be between 1 and " + MAX_LIMIT)
    @Parameter(
            description = "At most this many changes, 1 to 1000.",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "1000", defaultValue = "100"))
    public Integer limit;

    @QueryParam("resourceType")
    @Parameter(description = "Only changes of these kinds of record (repeatable).")
    public List<ResourceType> resourceType;

    @QueryParam("localRegionCode")
    @KnownRegion(indonesian = true)
    @Pattern(
            regexp = "^" + Caller.REGION_CODE + "$",
            message = "must be a Kemendagri province (32) or city/regency (32.71) code")
    @Parameter(
            description =
                    "Only changes of what lies in this region: partnerships whose local government is in it, "
                            + "their participants, milestones and programs, and Indonesian actors of the region. A province "
                            + "code also matches its cities and regencies. A change that moved a record out of the region is "
                            + "included too, so that a mirror learns to drop it. A code that is not in /reference/regions is a 400.")
    public String localRegionCode;

    @QueryParam("wait")
    @DefaultValue("0")
    @Min(value = 0, message = "must be between 0 and " + MAX_WAIT_SECONDS)
    @Max(value = MAX_WAIT_SECONDS, message = "must be between 0 and " + MAX_WAIT_SECONDS)
    @Parameter(
            description = "When there is no change after the cursor, wait up to this many seconds (0 to 30) for one "
                    + "and answer as soon as it is committed (long polling).",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "30", defaultValue = "0"))
    public Integer wait;

    boolean isProvince() {
        return localRegionCode != null && localRegionCode.length() == 2;
    }
}
