package id.kembar.apikey;

import id.kembar.access.Role;
import id.kembar.common.web.Api;
import id.kembar.common.web.Page;
import id.kembar.common.web.PageParams;
import id.kembar.common.web.PageRequest;
import id.kembar.common.web.Responses;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path(Api.BASE + "/api-keys")
@Tag(
        name = "API keys",
        description = "Keys for scripts and systems that call without an identity provider's token, sent as "
                + "`X-API-Key`. Only an `ADMIN` manages them.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.ADMIN)
class ApiKeyResource {

    private final ApiKeyService service;

    ApiKeyResource(ApiKeyService service) {
        this.service = service;
    }

    @GET
    @Operation(
            summary = "List API keys",
            description = "Every key, active, expired or revoked, never its secret. Sort fields: createdAt "
                    + "(default), name, expiresAt.")
    @APIResponse(responseCode = "200", description = "A page of API keys.")
    public RestResponse<Page<ApiKeyResponse>> listApiKeys(@BeanParam PageParams paging, @Context UriInfo uri) {
        return Responses.page(service.list(PageRequest.of(paging, ApiKeyRepository.SORT)), uri);
    }

    @GET
    @Path("/{apiKeyId}")
    @Operation(summary = "Get an API key", description = "One key, without its secret.")
    @APIResponse(responseCode = "200", description = "The API key.")
    public RestResponse<ApiKeyResponse> getApiKey(@PathParam("apiKeyId") UUID apiKeyId) {
        return Responses.ok(service.get(apiKeyId));
    }

    @POST
    @Operation(
            summary = "Create an API key",
            description = "Creates a key for a named client with roles, regions and an optional expiry. The response "
                    + "holds the whole key (`key`) once: Kembar stores only a slow salted hash of it.")
    @APIResponse(
            responseCode = "201",
            description = "The key was created; `key` is its value, shown this once.",
            content = @Content(schema = @Schema(implementation = ApiKeyResponse.class)))
    public RestResponse<ApiKeyResponse> createApiKey(ApiKeyRequest body, @Context UriInfo uri) {
        return Responses.created(service.create(body), uri);
    }

    @DELETE
    @Path("/{apiKeyId}")
    @Operation(
            summary = "Revoke an API key",
            description = "Requests with the key are refused from now on, on every instance. The key stays listed, "
                    + "with `revokedAt`, for the record; revoking it again changes nothing.")
    @APIResponse(responseCode = "204", description = "The key is revoked.")
    public RestResponse<Void> revokeApiKey(@PathParam("apiKeyId") UUID apiKeyId) {
        service.revoke(apiKeyId);
        return Responses.noContent();
    }
}
