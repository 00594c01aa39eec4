package id.kembar.actor;

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

@Path(Api.BASE + "/actors")
@Tag(
        name = "Actors",
        description =
                "Organisations and people that take part in partnerships: governments on both "
                        + "sides, their agencies and parliaments, ministries, embassies, businesses, universities, NGOs and officials.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
class ActorResource {

    private final ActorService service;

    ActorResource(ActorService service) {
        this.service = service;
    }

    @GET
    @Operation(
            summary = "List actors",
            description = "Actors, filtered and sorted, one page at a time. "
                    + "Sort fields: name (default), kind, country, regionCode, createdAt, updatedAt.")
    @APIResponse(responseCode = "200", description = "A page of actors.")
    public RestResponse<Page<ActorResponse>> listActors(
            @Valid @BeanParam ActorFilter filter, @BeanParam PageParams paging, @Context UriInfo uri) {
        return Responses.page(service.list(filter, PageRequest.of(paging, ActorRepository.SORT)), uri);
    }

    @GET
    @Path("/{actorId}")
    @Operation(summary = "Get an actor", description = "One actor, with its ETag.")
    @APIResponse(responseCode = "200", description = "The actor.")
    public RestResponse<ActorResponse> getActor(@PathParam("actorId") UUID actorId) {
        return Responses.ok(service.get(actorId));
    }

    @RolesAllowed({Role.Names.EDITOR, Role.Names.MINISTRY, Role.Names.ADMIN})
    @POST
    @Operation(
            summary = "Register an actor",
            description = "Registers an organisation or person. Indonesian "
                    + "governments need their level and Kemendagri region code; a parent must exist and never loops.")
    @APIResponse(
            responseCode = "201",
            description = "The actor was registered.",
            content = @Content(schema = @Schema(implementation = ActorResponse.class)))
    public RestResponse<ActorResponse> createActor(ActorRequest body, @Context UriInfo uri) {
        return Responses.created(service.create(body), uri);
    }

    @RolesAllowed({Role.Names.EDITOR, Role.Names.MINISTRY, Role.Names.ADMIN})
    @PUT
    @Path("/{actorId}")
    @Operation(
            summary = "Replace an actor",
            description = "Replaces every field of the actor; absent optional " + "fields are cleared.")
    @APIResponse(responseCode = "200", description = "The actor as it is now.")
    public RestResponse<ActorResponse> replaceActor(
            @PathParam("actorId") UUID actorId, @BeanParam IfMatch ifMatch, ActorRequest body) {
        return Responses.ok(service.replace(actorId, body, ifMatch.value));
    }

    @RolesAllowed({Role.Names.EDITOR, Role.Names.MINISTRY, Role.Names.ADMIN})
    @PATCH
    @Path("/{actorId}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(
            summary = "Change some fields of an actor",
            description = "A JSON Merge Patch (RFC 7396): only the "
                    + "fields sent change, `null` clears an optional field. The result must be a valid actor.")
    @RequestBody(
            content =
                    @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = ActorRequest.class)))
    @APIResponse(responseCode = "200", description = "The actor as it is now.")
    public RestResponse<ActorResponse> patchActor(
            @PathParam("actorId") UUID actorId, @BeanParam IfMatch ifMatch, JsonNode patch) {
        return Responses.ok(service.patch(actorId, patch, ifMatch.value));
    }

    @RolesAllowed({Role.Names.EDITOR, Role.Names.MINISTRY, Role.Names.ADMIN})
    @DELETE
    @Path("/{actorId}")
    @Operation(
            summary = "Delete an actor",
            description = "Deletes an actor that nothing refers to; otherwise 409 "
                    + "says which partnerships, participants, milestones, programs or actors still refer to it.")
    @APIResponse(responseCode = "204", description = "The actor was deleted.")
    @APIResponse(responseCode = "409", description = "Something still refers to the actor; `references` says what.")
    public RestResponse<Void> deleteActor(@PathParam("actorId") UUID actorId, @BeanParam IfMatch ifMatch) {
        service.delete(actorId, ifMatch.value);
        return Responses.noContent();
    }
}
