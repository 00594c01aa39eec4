package id.kembar.program;

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

@Path(Api.BASE + "/partnerships/{partnershipId}/sector-programs")
@Tag(
        name = "Sector programs",
        description = "What a partnership does in each sector: status, lead agency, budget, "
                + "where it happens, and the obstacles that held it back.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
class SectorProgramResource {

    private final SectorProgramService service;

    SectorProgramResource(SectorProgramService service) {
        this.service = service;
    }

    @GET
    @Operation(
            summary = "List a partnership's sector programs",
            description = "The partnership's programs, filtered "
                    + "and sorted, one page at a time. Sort fields: title (default), sector, status, startDate, endDate, "
                    + "createdAt, updatedAt.")
    @APIResponse(responseCode = "200", description = "A page of sector programs.")
    public RestResponse<Page<SectorProgramResponse>> listPartnershipSectorPrograms(
            @PathParam("partnershipId") UUID partnershipId,
            @Valid @BeanParam ProgramFilter filter,
            @BeanParam PageParams paging,
            @Context UriInfo uri) {
        return Responses.page(
                service.listOf(partnershipId, filter, PageRequest.of(paging, SectorProgramRepository.SORT)), uri);
    }

    @GET
    @Path("/{sectorProgramId}")
    @Operation(summary = "Get a sector program", description = "One program of the partnership, with its ETag.")
    @APIResponse(responseCode = "200", description = "The sector program.")
    public RestResponse<SectorProgramResponse> getSectorProgram(
            @PathParam("partnershipId") UUID partnershipId, @PathParam("sectorProgramId") UUID sectorProgramId) {
        return Responses.ok(service.get(partnershipId, sectorProgramId));
    }

    @RolesAllowed({Role.Names.EDITOR, Role.Names.MINISTRY, Role.Names.ADMIN})
    @POST
    @Operation(
            summary = "Add a sector program",
            description = "Adds a program to the partnership. A STALLED or "
                    + "CANCELLED program names at least one obstacle; a budget is an amount and an ISO 4217 currency.")
    @APIResponse(
            responseCode = "201",
            description = "The sector program was added.",
            content = @Content(schema = @Schema(implementation = SectorProgramResponse.class)))
    public RestResponse<SectorProgramResponse> createSectorProgram(
            @PathParam("partnershipId") UUID partnershipId, SectorProgramRequest body, @Context UriInfo uri) {
        return Responses.created(service.create(partnershipId, body), uri);
    }

    @RolesAllowed({Role.Names.EDITOR, Role.Names.MINISTRY, Role.Names.ADMIN})
    @PUT
    @Path("/{sectorProgramId}")
    @Operation(
            summary = "Replace a sector program",
            description = "Replaces every field of the program; absent " + "optional fields are cleared.")
    @APIResponse(responseCode = "200", description = "The sector program as it is now.")
    public RestResponse<SectorProgramResponse> replaceSectorProgram(
            @PathParam("partnershipId") UUID partnershipId,
            @PathParam("sectorProgramId") UUID sectorProgramId,
            @BeanParam IfMatch ifMatch,
            SectorProgramRequest body) {
        return Responses.ok(service.replace(partnershipId, sectorProgramId, body, ifMatch.value));
    }

    @RolesAllowed({Role.Names.EDITOR, Role.Names.MINISTRY, Role.Names.ADMIN})
    @PATCH
    @Path("/{sectorProgramId}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(
            summary = "Change some fields of a sector program",
            description = "A JSON Merge Patch (RFC 7396): only "
                    + "the fields sent change, `null` clears an optional field (`\"budget\": null` records that there is no "
                    + "budget). The result must be a valid program.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MergePatch.MEDIA_TYPE,
                            schema = @Schema(implementation = SectorProgramRequest.class)))
    @APIResponse(responseCode = "200", description = "The sector program as it is now.")
    public RestResponse<SectorProgramResponse> patchSectorProgram(
            @PathParam("partnershipId") UUID partnershipId,
            @PathParam("sectorProgramId") UUID sectorProgramId,
            @BeanParam IfMatch ifMatch,
            JsonNode patch) {
        return Responses.ok(service.patch(partnershipId, sectorProgramId, patch, ifMatch.value));
    }

    @RolesAllowed({Role.Names.EDITOR, Role.Names.MINISTRY, Role.Names.ADMIN})
    @DELETE
    @Path("/{sectorProgramId}")
    @Operation(
            summary = "Delete a sector program",
            description = "Deletes a program that no milestone refers to; " + "otherwise 409 names the milestones.")
    @APIResponse(responseCode = "204", description = "The sector program was deleted.")
    @APIResponse(responseCode = "409", description = "Milestones still refer to the program; `references` names them.")
    public RestResponse<Void> deleteSectorProgram(
            @PathParam("partnershipId") UUID partnershipId,
            @PathParam("sectorProgramId") UUID sectorProgramId,
            @BeanParam IfMatch ifMatch) {
        service.delete(partnershipId, sectorProgramId, ifMatch.value);
        return Responses.noContent();
    }
}
