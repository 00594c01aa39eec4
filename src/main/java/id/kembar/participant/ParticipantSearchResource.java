package id.kembar.participant;

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

/** The participants of all partnerships in one collection (API-GUIDE "Shape": child collections at the top level). */
@Path(Api.BASE + "/participants")
@Tag(name = "Participants")
@Produces(MediaType.APPLICATION_JSON)
class ParticipantSearchResource {

    private final ParticipantService service;

    ParticipantSearchResource(ParticipantService service) {
        this.service = service;
    }

    @GET
    @Operation(
            summary = "List participants across partnerships",
            description = "Participants of every partnership, "
                    + "for example every partnership an actor takes part in (`actorId`). Sort fields: role, actor (the "
                    + "default is role,actor), createdAt, updatedAt.")
    @APIResponse(responseCode = "200", description = "A page of participants.")
    public RestResponse<Page<ParticipantResponse>> listParticipants(
            @QueryParam("partnershipId") @Parameter(description = "Only participants of this partnership.")
                    UUID partnershipId,
            @Valid @BeanParam ParticipantFilter filter,
            @BeanParam PageParams paging,
            @Context UriInfo uri) {
        return Responses.page(
                service.list(partnershipId, filter, PageRequest.of(paging, ParticipantRepository.SORT)), uri);
    }
}
