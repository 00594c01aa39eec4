package id.kembar.participant;

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

@Path(Api.BASE + "/partnerships/{partnershipId}/participants")
@Tag(
        name = "Participants",
        description = "The actors that take part in a partnership and their roles: signatory, "
                + "initiator, coordinator, implementer, facilitator, funder, approver.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
class ParticipantResource {

    private final ParticipantService service;

    ParticipantResource(ParticipantService service) {
        this.service = service;
    }

    @GET
    @Operation(
            summary = "List a partnership's participants",
            description = "The actors taking part in the "
                    + "partnership, one page at a time. Sort fields: role, actor (the default is role,actor), createdAt, "
                    + "updatedAt.")
    @APIResponse(responseCode = "200", description = "A page of participants.")
    public RestResponse<Page<ParticipantResponse>> listPartnershipParticipants(
            @PathParam("partnershipId") UUID partnershipId,
            @Valid @BeanParam ParticipantFilter filter,
            @BeanParam PageParams paging,
            @Context UriInfo uri) {
        return Responses.page(
                service.listOf(partnershipId, filter, PageRequest.of(paging, ParticipantRepository.SORT)), uri);
    }

    @GET
    @Path("/{participantId}")
    @Operation(summary = "Get a participant", description = "One participant of the partnership, with its ETag.")
    @APIResponse(responseCode = "200", description = "The participant.")
    public RestResponse<ParticipantResponse> getParticipant(
            @PathParam("partnershipId") UUID partnershipId, @PathParam("participantId") UUID participantId) {
        return Responses.ok(service.get(partnershipId, participantId));
    }

    @RolesAllowed({Role.Names.EDITOR, Role.Names.MINISTRY, Role.Names.ADMIN})
    @POST
    @Operation(
            summary = "Add a participant",
            description = "Adds an actor in a role; the same actor can take the "
                    + "same role in a partnership once (409 names the existing participant).")
    @APIResponse(
            responseCode = "201",
            description = "The participant was added.",
            content = @Content(schema = @Schema(implementation = ParticipantResponse.class)))
    @APIResponse(responseCode = "409", description = "The actor already has this role here; `existingId` names it.")
    public RestResponse<ParticipantResponse> addParticipant(
            @PathParam("partnershipId") UUID partnershipId, ParticipantRequest body, @Context UriInfo uri) {
        return Responses.created(service.create(partnershipId, body), uri);
    }

    @RolesAllowed({Role.Names.EDITOR, Role.Names.MINISTRY, Role.Names.ADMIN})
    @PUT
    @Path("/{participantId}")
    @Operation(summary = "Replace a participant", description = "Replaces the participant's actor, role and note.")
    @APIResponse(responseCode = "200", description = "The participant as it is now.")
    @APIResponse(responseCode = "409", description = "The actor already has this role here; `existingId` names it.")
    public RestResponse<ParticipantResponse> replaceParticipant(
            @PathParam("partnershipId") UUID partnershipId,
            @PathParam("participantId") UUID participantId,
            @BeanParam IfMatch ifMatch,
            ParticipantRequest body) {
        return Responses.ok(service.replace(partnershipId, participantId, body, ifMatch.value));
    }

    @RolesAllowed({Role.Names.EDITOR, Role.Names.MINISTRY, Role.Names.ADMIN})
    @PATCH
    @Path("/{participantId}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(
            summary = "Change some fields of a participant",
            description = "A JSON Merge Patch (RFC 7396) of the "
                    + "participant: only the fields sent change, `null` clears the note.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MergePatch.MEDIA_TYPE,
                            schema = @Schema(implementation = ParticipantRequest.class)))
    @APIResponse(responseCode = "200", description = "The participant as it is now.")
    @APIResponse(responseCode = "409", description = "The actor already has this role here; `existingId` names it.")
    public RestResponse<ParticipantResponse> patchParticipant(
            @PathParam("partnershipId") UUID partnershipId,
            @PathParam("participantId") UUID participantId,
            @BeanParam IfMatch ifMatch,
            JsonNode patch) {
        return Responses.ok(service.patch(partnershipId, participantId, patch, ifMatch.value));
    }

    @RolesAllowed({Role.Names.EDITOR, Role.Names.MINISTRY, Role.Names.ADMIN})
    @DELETE
    @Path("/{participantId}")
    @Operation(
            summary = "Remove a participant",
            description = "Removes the actor's role from the partnership; the " + "actor itself stays registered.")
    @APIResponse(responseCode = "204", description = "The participant was removed.")
    public RestResponse<Void> removeParticipant(
            @PathParam("partnershipId") UUID partnershipId,
            @PathParam("participantId") UUID participantId,
            @BeanParam IfMatch ifMatch) {
        service.delete(partnershipId, participantId, ifMatch.value);
        return Responses.noContent();
    }
}
