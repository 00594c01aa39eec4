package id.kembar.history;

import id.kembar.common.web.Api;
import id.kembar.common.web.Page;
import id.kembar.common.web.PageParams;
import id.kembar.common.web.PageRequest;
import id.kembar.common.web.Responses;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path(Api.BASE + "/actors/{actorId}/history")
@Tag(name = "History")
@Produces(MediaType.APPLICATION_JSON)
class ActorHistoryResource {

    private final History history;

    ActorHistoryResource(History history) {
        this.history = history;
    }

    @GET
    @Operation(
            summary = "List an actor's history",
            description =
                    "The changes of the actor, newest first, with who made each, in which request, and the fields "
                            + "it changed. Readable by its id also after the actor was deleted. Sort field: changedAt (default "
                            + "-changedAt).")
    @APIResponse(responseCode = "200", description = "A page of changes.")
    @APIResponse(
            responseCode = "403",
            description = "The deployment lets only some roles read the history (`kembar.history.readers`), and the "
                    + "caller holds none of them.")
    public RestResponse<Page<HistoryEntry>> listActorHistory(
            @PathParam("actorId") UUID actorId,
            @Valid @BeanParam HistoryFilter filter,
            @BeanParam PageParams paging,
            @Context UriInfo uri) {
        return Responses.page(
                history.ofActor(
                        actorId, filter, PageRequest.of(paging, History.SORT), PartnershipHistoryResource.apiBase(uri)),
                uri);
    }
}
