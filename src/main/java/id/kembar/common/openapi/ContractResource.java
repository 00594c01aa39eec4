package id.kembar.common.openapi;

import id.kembar.common.web.Api;
import io.quarkus.smallrye.openapi.runtime.OpenApiDocumentService;
import io.smallrye.openapi.runtime.io.Format;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** ADR /core/publish-openapi: the contract at the standard place under the API, for anyone, from any origin. */
@Path(Api.BASE + "/openapi.json")
@Tag(name = "Contract", description = "This API's OpenAPI contract.")
class ContractResource {

    // the document Quarkus serves at /q/openapi, so both places always give the same contract
    private static final String DEFAULT_DOCUMENT = "<default>";

    private final OpenApiDocumentService documents;

    ContractResource(OpenApiDocumentService documents) {
        this.documents = documents;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Get the OpenAPI contract",
            description = "This API's OpenAPI 3.0 contract as JSON, the same "
                    + "as `openapi.yaml` in the repository. No authentication; any origin may read it.")
    @APIResponse(
            responseCode = "200",
            description = "The contract.",
            headers =
                    @Header(
                            name = "Access-Control-Allow-Origin",
                            description = "Any origin may read the contract.",
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            schema =
                                    @Schema(
                                            type = SchemaType.OBJECT,
                                            description = "An OpenAPI 3.0 document.",
                                            example = "{\"openapi\": \"3.0.3\"}")))
    public RestResponse<byte[]> getOpenApiContract() {
        return RestResponse.ResponseBuilder.ok(documents.getDocument(DEFAULT_DOCUMENT, Format.JSON))
                .header("Access-Control-Allow-Origin", "*")
                .build();
    }
}
