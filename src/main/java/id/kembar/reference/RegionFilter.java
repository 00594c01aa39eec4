package id.kembar.reference;

import id.kembar.common.geography.KnownRegion;
import id.kembar.common.geography.RegionLevel;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of the Indonesian region list. */
public class RegionFilter {

    @QueryParam("parent")
    @Pattern(regexp = "^[0-9]{2}$", message = "must be a province code of two digits, such as 32")
    @KnownRegion(indonesian = true)
    @Parameter(description = "Only the regencies and cities of this province (a code of the list, such as 32).")
    public String parent;

    @QueryParam("level")
    @Parameter(description = "Only regions of these levels (repeatable).")
    public List<RegionLevel> level;

    @QueryParam("q")
    @Size(max = 200)
    @Parameter(description = "Only regions whose name holds this text, ignoring case and accents (`bogor`).")
    public String q;
}
