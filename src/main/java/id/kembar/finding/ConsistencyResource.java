package id.kembar.finding;

import id.kembar.access.Role;
import id.kembar.common.web.Api;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path(Api.BASE + "/consistency")
@Tag(
        name = "Operations",
        description = "For operators: whether the values Kembar keeps on write (stages, findings, counts) agree with "
                + "the records they are derived from.")
@Produces(MediaType.APPLICATION_JSON)
class ConsistencyResource {

    private final ConsistencyCheck check;

    ConsistencyResource(ConsistencyCheck check) {
        this.check = check;
    }

    @GET
    @Operation(
            summary = "Check the kept values",
            description = "Computes every partnership's stage, finding facts, current findings and copies of its "
                    + "sides from its records, and the counts from those, and lists every kept value that "
                    + "disagrees. Reads every partnership (a batch at a time, each batch briefly locked against "
                    + "writes): seconds for a national registry, so not for dashboards.")
    @APIResponse(responseCode = "200", description = "The comparison; `disagreements` is empty when all agree.")
    public RestResponse<ConsistencyReport> checkConsistency() {
        return RestResponse.ok(check.check());
    }

    @RolesAllowed(Role.Names.ADMIN)
    @POST
    @Path("/repairs")
    @Operation(
            summary = "Repair the kept values",
            description = "Runs the check, computes again from their records every partnership that disagrees, and "
                    + "corrects the counts; answers what was found (and so repaired). Idempotent: a second repair "
                    + "finds nothing.")
    @APIResponse(responseCode = "200", description = "What was found and repaired.")
    public RestResponse<ConsistencyReport> repairConsistency() {
        return RestResponse.ok(check.repair());
    }
}
