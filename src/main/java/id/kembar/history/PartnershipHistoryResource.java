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
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path(Api.BASE + "/partnerships/{partnershipId}/history")
@Tag(
        name = "History",
        description = "Who changed what and when: every create, update and delete of a partnership, its participants, "
                + "milestones and sector programs, and of an actor, recorded in the transaction of the change. The "
                + "history cannot be changed or deleted through the API, and stays readable after the record is "
                + "deleted.")
@Produces(MediaType.APPLICATION_JSON)
class PartnershipHistoryResource {

    private final History history;

    PartnershipHistoryResource(History history) {
        this.history = history;
    }

    @GET
    @Operation(
            summary = "List a partnership's history",
            description = "The changes of the partnership and of all its participants, milestones and sector programs, "
                    + "newest first, with who made each, in which request, and the fields it changed. Readable by its id "
                    + "also after the partnership was deleted. Sort field: changedAt (default -changedAt). Who may read "
                    + "it is a setting of the deployment (kembar.history.readers; default: every caller that may read "
                    + "the partnership).")
    @APIResponse(responseCode = "200", description = "A page of changes.")
    @APIResponse(
            responseCode = "403",
            description = "The deployment lets only some roles read the history (`kembar.history.readers`), and the "
                    + "caller holds none of them.")
    public RestResponse<Page<HistoryEntry>> listPartnershipHistory(
            @PathParam("partnershipId") UUID partnershipId,
            @Valid @BeanParam HistoryFilter filter,
            @BeanParam PageParams paging,
            @Context UriInfo uri) {
        return Responses.page(
                history.ofPartnership(partnershipId, filter, PageRequest.of(paging, History.SORT), apiBase(uri)), uri);
    }

    static URI apiBase(UriInfo uri) {
        return uri.getBaseUriBuilder().path(Api.BASE).build();
    }
}
