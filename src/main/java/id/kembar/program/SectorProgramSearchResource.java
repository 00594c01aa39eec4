package id.kembar.program;

import id.kembar.common.web.Api;
import id.kembar.common.web.Page;
import id.kembar.common.web.PageParams;
import id.kembar.common.web.PageRequest;
import id.kembar.common.web.Responses;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The programs of all partnerships in one collection, for a ministry's questions across regions. */
@Path(Api.BASE + "/sector-programs")
@Tag(name = "Sector programs")
@Produces(MediaType.APPLICATION_JSON)
class SectorProgramSearchResource {

    private final SectorProgramService service;

    SectorProgramSearchResource(SectorProgramService service) {
        this.service = service;
    }

    @GET
    @Operation(
            summary = "List sector programs across partnerships",
            description = "Programs of every partnership, "
                    + "for example every stalled program without a budget (`status=STALLED&hasBudget=false`). Sort fields: "
                    + "title (default), sector, status, startDate, endDate, createdAt, updatedAt.")
    @APIResponse(responseCode = "200", description = "A page of sector programs.")
    public RestResponse<Page<SectorProgramResponse>> listSectorPrograms(
            @QueryParam("partnershipId") @Parameter(description = "Only programs of this partnership.")
                    UUID partnershipId,
            @Valid @BeanParam ProgramFilter filter,
            @BeanParam PageParams paging,
            @Context UriInfo uri) {
        return Responses.page(
                service.list(partnershipId, filter, PageRequest.of(paging, SectorProgramRepository.SORT)), uri);
    }
}
