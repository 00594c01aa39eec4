package id.kembar.history;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of an audit history. */
public class HistoryFilter {

    @QueryParam("resourceType")
    @Parameter(description = "Only changes of these kinds of record (repeatable).")
    public List<ResourceType> resourceType;

    @QueryParam("changedBy")
    @Size(max = 300)
    @Parameter(
            description = "Only changes by this author: a token's user name or subject, an API key's name or key id, "
                    + "or `kembar` for the service's own.")
    public String changedBy;

    @QueryParam("changedFrom")
    @Parameter(description = "Only changes committed at or after this moment.")
    public OffsetDateTime changedFrom;

    @QueryParam("changedTo")
    @Parameter(description = "Only changes committed at or before this moment.")
    public OffsetDateTime changedTo;
}
