package id.kembar.reference;

import id.kembar.common.web.Api;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path(Api.BASE + "/reference")
@Tag(
        name = "Reference data",
        description =
                "The code lists behind the API's enums: every value with an English and "
                        + "an Indonesian label and a description, so that frontends can build their forms and filters from them.")
@Produces(MediaType.APPLICATION_JSON)
class ReferenceResource {

    private final CodeLists codeLists;

    ReferenceResource(CodeLists codeLists) {
        this.codeLists = codeLists;
    }

    @GET
    @Operation(
            summary = "List the code lists",
            description = "Every code list, one for each enum in the contract, "
                    + "with its titles and number of codes. Fetch a list by its name for the codes themselves.")
    @APIResponse(responseCode = "200", description = "The code lists.")
    public RestResponse<CodeListIndex> listCodeLists() {
        return tagged(codeLists.index());
    }

    @GET
    @Path("/{name}")
    @Operation(
            summary = "Get a code list",
            description = "Every code of one list in the order forms should offer "
                    + "them, each with its English and Indonesian label and a description.")
    @APIResponse(responseCode = "200", description = "The code list.")
    @APIResponse(responseCode = "404", description = "No code list has this name; `detail` names the ones there are.")
    public RestResponse<CodeList> getCodeList(
            @Parameter(
                            description = "The code list's name, as the index gives it (a malformed name is a 400).",
                            example = "partnership-types",
                            schema = @Schema(type = SchemaType.STRING, pattern = CodeListIndex.NAME))
                    @PathParam("name")
                    String name) {
        return tagged(codeLists.get(name));
    }

    private <T> RestResponse<T> tagged(T body) {
        return RestResponse.ResponseBuilder.ok(body)
                .tag(codeLists.tag(body))
                .header(HttpHeaders.CACHE_CONTROL, Listing.CACHE_CONTROL)
                .build();
    }
}
