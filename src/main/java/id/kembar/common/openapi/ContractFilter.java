package id.kembar.common.openapi;

import id.kembar.common.web.Api;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Writes the contract rules that hold for every endpoint once, at build time, on top of what the annotations say
 * (the Logius example's approach): paths relative to the {@code /api/v1} server, the problem responses each kind of
 * operation can give, the headers every response carries, merge-patch schemas, and an example for every body.
 * It knows conventions, not features: {@code *Request}/{@code *Response} pairs, {@code *Id} path parameters,
 * {@code Page*} envelopes.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ContractFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI api) {
        Schemas schemas = new Schemas(api.getComponents());
        schemas.inlineScalars(api);
        schemas.anyValues();
        Schemas.anchorPatterns(api);
        schemas.describeResponses();
        schemas.describeRequests();
        relativePaths(api);
        StandardResponses responses = new StandardResponses(api.getComponents());
        forEachOperation(api, (path, method, operation) -> {
            describePathParameters(operation);
            Localization.document(operation);
            schemas.patchBody(operation);
            responses.complete(path, method, operation);
        });
        Examples examples = new Examples(api.getComponents());
        forEachOperation(api, (path, method, operation) -> examples.fill(operation));
        schemas.sort();
    }

    interface OperationVisitor {
        void visit(String path, PathItem.HttpMethod method, Operation operation);
    }

    static void forEachOperation(OpenAPI api, OperationVisitor visitor) {
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        api.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                .forEach((method, operation) -> visitor.visit(path, method, operation)));
    }

    /** The server URL is {@code /api/v1}, so the paths under it are relative to it. */
    private static void relativePaths(OpenAPI api) {
        Paths relative = OASFactory.createPaths();
        Map<String, PathItem> items = new LinkedHashMap<>(api.getPaths().getPathItems());
        items.forEach((path, item) ->
                relative.addPathItem(path.startsWith(Api.BASE) ? path.substring(Api.BASE.length()) : path, item));
        api.setPaths(relative);
        api.setServers(new ArrayList<>(List.of(OASFactory.createServer()
                .url(Api.BASE)
                .description("This service; the API's major version is part of the path"))));
    }

    private static void describePathParameters(Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        for (Parameter parameter : operation.getParameters()) {
            if (parameter.getIn() == Parameter.In.PATH && parameter.getDescription() == null) {
                String resource = parameter
                        .getName()
                        .replaceAll("Id$", "")
                        .replaceAll("([A-Z])", " $1")
                        .toLowerCase();
                parameter.setDescription("The id of the " + resource + " (a UUID; anything else is a 400).");
            }
        }
    }

    static Schema ref(String name) {
        return OASFactory.createSchema().ref("#/components/schemas/" + name);
    }

    static MediaType json(Schema schema) {
        return OASFactory.createMediaType().schema(schema);
    }

    static boolean isSuccess(String status) {
        return status.startsWith("2") || status.startsWith("3");
    }

    static APIResponse response(String description) {
        return OASFactory.createAPIResponse().description(description);
    }
}
