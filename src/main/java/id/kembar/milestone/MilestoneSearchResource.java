package id.kembar.milestone;

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

/** The milestones of all partnerships in one collection, for a ministry's questions across regions. */
@Path(Api.BASE + "/milestones")
@Tag(name = "Milestones")
@Produces(MediaType.APPLICATION_JSON)
class MilestoneSearchResource {

    private final MilestoneService service;

    MilestoneSearchResource(MilestoneService service) {
        this.service = service;
    }

    @GET
    @Operation(
            summary = "List milestones across partnerships",
            description = "Milestones of every partnership, for "
                    + "example every planned milestone due before a date in one province "
                    + "(`status=PLANNED&targetDateTo=2026-06&localRegionCode=53`). Sort fields: date (default), targetDate, "
                    + "occurrenceDate, type, status, title, createdAt, updatedAt.")
    @APIResponse(responseCode = "200", description = "A page of milestones.")
    public RestResponse<Page<MilestoneResponse>> listMilestones(
            @QueryParam("partnershipId") @Parameter(description = "Only milestones of this partnership.")
                    UUID partnershipId,
            @Valid @BeanParam MilestoneFilter filter,
            @BeanParam PageParams paging,
            @Context UriInfo uri) {
        return Responses.page(
                service.list(partnershipId, filter, PageRequest.of(paging, MilestoneRepository.SORT)), uri);
    }
}
