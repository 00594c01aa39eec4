package id.kembar.partnership;

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

@Path(Api.BASE + "/partnerships")
@Tag(
        name = "Partnerships",
        description = "Sister provinces, sister cities, friendship and other cooperations between "
                + "an Indonesian regional government and a foreign partner.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
class PartnershipResource {

    private final PartnershipService service;

    PartnershipResource(PartnershipService service) {
        this.service = service;
    }

    @GET
    @Operation(
            summary = "List partnerships",
            description = "Partnerships, filtered and sorted, one page at a time. "
                    + "Each item carries its finding codes today. Sort fields: title (default), type, stage (in lifecycle "
                    + "order), localGovernment, partner, partnerCountry, validFrom, validUntil, createdAt, updatedAt.")
    @APIResponse(responseCode = "200", description = "A page of partnerships.")
    public RestResponse<Page<PartnershipResponse>> listPartnerships(
            @Valid @BeanParam PartnershipFilter filter, @BeanParam PageParams paging, @Context UriInfo uri) {
        return Responses.page(service.list(filter, PageRequest.of(paging, PartnershipRepository.SORT)), uri);
    }

    @GET
    @Path("/{partnershipId}")
    @Operation(summary = "Get a partnership", description = "One partnership, with its ETag.")
    @APIResponse(responseCode = "200", description = "The partnership.")
    public RestResponse<PartnershipResponse> getPartnership(@PathParam("partnershipId") UUID partnershipId) {
        return Responses.ok(service.get(partnershipId));
    }

    @RolesAllowed({Role.Names.EDITOR, Role.Names.MINISTRY, Role.Names.ADMIN})
    @POST
    @Operation(
            summary = "Register a partnership",
            description = "Registers a partnership. The local government must "
                    + "be an Indonesian government of the level the type needs, the partner a foreign actor; the same local "
                    + "government, partner and type can be registered once (409 names the existing one).")
    @APIResponse(
            responseCode = "201",
            description = "The partnership was registered.",
            content = @Content(schema = @Schema(implementation = PartnershipResponse.class)))
    @APIResponse(responseCode = "409", description = "This partnership is already registered; `existingId` names it.")
    public RestResponse<PartnershipResponse> createPartnership(PartnershipRequest body, @Context UriInfo uri) {
        return Responses.created(service.create(body), uri);
    }

    @RolesAllowed({Role.Names.EDITOR, Role.Names.MINISTRY, Role.Names.ADMIN})
    @PUT
    @Path("/{partnershipId}")
    @Operation(
            summary = "Replace a partnership",
            description = "Replaces every field of the partnership; absent " + "optional fields are cleared.")
    @APIResponse(responseCode = "200", description = "The partnership as it is now.")
    @APIResponse(
            responseCode = "409",
            description = "The change would duplicate another partnership; `existingId` " + "names it.")
    public RestResponse<PartnershipResponse> replacePartnership(
            @PathParam("partnershipId") UUID partnershipId, @BeanParam IfMatch ifMatch, PartnershipRequest body) {
        return Responses.ok(service.replace(partnershipId, body, ifMatch.value));
    }

    @RolesAllowed({Role.Names.EDITOR, Role.Names.MINISTRY, Role.Names.ADMIN})
    @PATCH
    @Path("/{partnershipId}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(
            summary = "Change some fields of a partnership",
            description =
                    "A JSON Merge Patch (RFC 7396): only "
                            + "the fields sent change, `null` clears an optional field. The result must be a valid partnership.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MergePatch.MEDIA_TYPE,
                            schema = @Schema(implementation = PartnershipRequest.class)))
    @APIResponse(responseCode = "200", description = "The partnership as it is now.")
    @APIResponse(
            responseCode = "409",
            description = "The change would duplicate another partnership; `existingId` " + "names it.")
    public RestResponse<PartnershipResponse> patchPartnership(
            @PathParam("partnershipId") UUID partnershipId, @BeanParam IfMatch ifMatch, JsonNode patch) {
        return Responses.ok(service.patch(partnershipId, patch, ifMatch.value));
    }

    @RolesAllowed({Role.Names.EDITOR, Role.Names.MINISTRY, Role.Names.ADMIN})
    @DELETE
    @Path("/{partnershipId}")
    @Operation(
            summary = "Delete a partnership",
            description =
                    "Deletes the partnership together with its " + "participants, milestones and sector programs.")
    @APIResponse(responseCode = "204", description = "The partnership and everything in it were deleted.")
    public RestResponse<Void> deletePartnership(
            @PathParam("partnershipId") UUID partnershipId, @BeanParam IfMatch ifMatch) {
        service.delete(partnershipId, ifMatch.value);
        return Responses.noContent();
    }
}
