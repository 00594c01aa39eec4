package id.kembar.milestone;

import com.fasterxml.jackson.databind.JsonNode;
import id.kembar.access.Role;
import id.kembar.common.web.Api;
import id.kembar.common.web.IfMatch;
import id.kembar.common.web.MergePatch;
import id.kembar.common.web.Page;
import id.kembar.common.web.PageParams;
import id.kembar.common.web.PageRequest;
import id.kembar.common.web.Responses;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path(Api.BASE + "/partnerships/{partnershipId}/milestones")
@Tag(
        name = "Milestones",
        description = "A partnership's timeline: informal contacts and visits, the formal steps "
                + "from letter of intent to agreement, renewals, expiry and termination, and program activities; planned "
                + "(with a target date) or achieved (with the date it happened, where known).")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
class MilestoneResource {

    private final MilestoneService service;

    MilestoneResource(MilestoneService service) {
        this.service = service;
    }

    @GET
    @Operation(
            summary = "List a partnership's milestones",
            description = "The partnership's timeline, filtered and "
                    + "sorted, one page at a time. Sort fields: date (default: when it happened, or else when it is due), "
                    + "targetDate, occurrenceDate, type, status, title, createdAt, updatedAt.")
    @APIResponse(responseCode = "200", description = "A page of milestones.")
    public RestResponse<Page<MilestoneResponse>> listPartnershipMilestones(
            @PathParam("partnershipId") UUID partnershipId,
            @Valid @BeanParam MilestoneFilter filter,
            @BeanParam PageParams paging,
            @Context UriInfo uri) {
        return Responses.page(
                service.listOf(partnershipId, filter, PageRequest.of(paging, MilestoneRepository.SORT)), uri);
    }

    @GET
    @Path("/{milestoneId}")
    @Operation(summary = "Get a milestone", description = "One milestone of the partnership, with its ETag.")
    @APIResponse(responseCode = "200", description = "The milestone.")
    public RestResponse<MilestoneResponse> getMilestone(
            @PathParam("partnershipId") UUID partnershipId, @PathParam("milestoneId") UUID milestoneId) {
        return Responses.ok(service.get(partnershipId, milestoneId));
    }

    @RolesAllowed({Role.Names.EDITOR, Role.Names.MINISTRY, Role.Names.ADMIN})
    @POST
    @Operation(
            summary = "Add a milestone",
            description = "Adds a step or event to the partnership's timeline. A "
                    + "PLANNED milestone needs a targetDate; only an ACHIEVED one has an occurrenceDate, never in the future. "
                    + "A linked sector program must belong to the same partnership.")
    @APIResponse(
            responseCode = "201",
            description = "The milestone was added.",
            content = @Content(schema = @Schema(implementation = MilestoneResponse.class)))
    public RestResponse<MilestoneResponse> createMilestone(
            @PathParam("partnershipId") UUID partnershipId, MilestoneRequest body, @Context UriInfo uri) {
        return Responses.created(service.create(partnershipId, body), uri);
    }

    @RolesAllowed({Role.Names.EDITOR, Role.Names.MINISTRY, Role.Names.ADMIN})
    @PUT
    @Path("/{milestoneId}")
    @Operation(
            summary = "Replace a milestone",
            description = "Replaces every field of the milestone; absent optional " + "fields are cleared.")
    @APIResponse(responseCode = "200", description = "The milestone as it is now.")
    public RestResponse<MilestoneResponse> replaceMilestone(
            @PathParam("partnershipId") UUID partnershipId,
            @PathParam("milestoneId") UUID milestoneId,
            @BeanParam IfMatch ifMatch,
            MilestoneRequest body) {
        return Responses.ok(service.replace(partnershipId, milestoneId, body, ifMatch.value));
    }

    @RolesAllowed({Role.Names.EDITOR, Role.Names.MINISTRY, Role.Names.ADMIN})
    @PATCH
    @Path("/{milestoneId}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(
            summary = "Change some fields of a milestone",
            description =
                    "A JSON Merge Patch (RFC 7396): only the "
                            + "fields sent change, `null` clears an optional field. Marking a milestone achieved is "
                            + "`{\"status\": \"ACHIEVED\", \"occurrenceDate\": \"2026-02\"}`. The result must be a valid milestone.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MergePatch.MEDIA_TYPE,
                            schema = @Schema(implementation = MilestoneRequest.class)))
    @APIResponse(responseCode = "200", description = "The milestone as it is now.")
    public RestResponse<MilestoneResponse> patchMilestone(
            @PathParam("partnershipId") UUID partnershipId,
            @PathParam("milestoneId") UUID milestoneId,
            @BeanParam IfMatch ifMatch,
            JsonNode patch) {
        return Responses.ok(service.patch(partnershipId, milestoneId, patch, ifMatch.value));
    }

    @RolesAllowed({Role.Names.EDITOR, Role.Names.MINISTRY, Role.Names.ADMIN})
    @DELETE
    @Path("/{milestoneId}")
    @Operation(summary = "Delete a milestone", description = "Removes the milestone from the timeline.")
    @APIResponse(responseCode = "204", description = "The milestone was deleted.")
    public RestResponse<Void> deleteMilestone(
            @PathParam("partnershipId") UUID partnershipId,
            @PathParam("milestoneId") UUID milestoneId,
            @BeanParam IfMatch ifMatch) {
        service.delete(partnershipId, milestoneId, ifMatch.value);
        return Responses.noContent();
    }
}
