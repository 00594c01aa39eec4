package id.kembar.common.openapi;

import id.kembar.common.problem.Problem;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem.HttpMethod;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * The responses API-GUIDE promises for every operation of a kind, as shared components: the problem responses
 * (400, 414 and 431 for every operation, 404 where the path names a resource, 412 and 428 for conditional writes, 408, 413 and 415 where there
 * is a body, 406 and 500 everywhere) and the headers of every response.
 */
final class StandardResponses {

    private record Standard(String name, String description) {}

    private static final Map<String, Standard> PROBLEMS = new LinkedHashMap<>();

    static {
        PROBLEMS.put(
                "400",
                new Standard(
                        "BadRequest",
                        "The request is not valid: malformed JSON, a wrong type, an "
                                + "unknown property, enum value, filter or sort field, or a rule it breaks. `errors` lists every problem."));
        PROBLEMS.put(
                "401",
                new Standard(
                        "Unauthorized",
                        "No credentials where the operation needs them, or credentials that were refused (a token "
                                + "expired, not signed by the trusted provider or for another audience; an API key "
                                + "unknown, revoked or expired); `WWW-Authenticate` says which. Reads answer it only "
                                + "where the deployment requires authentication for them "
                                + "(`kembar.auth.reads-require-authentication`). Nothing was written."));
        PROBLEMS.put(
                "403",
                new Standard(
                        "Forbidden",
                        "The caller's roles do not allow the operation, or, for an `EDITOR`, the record lies "
                                + "outside its regions; nothing was written."));
        PROBLEMS.put(
                "429",
                new Standard(
                        "TooManyRequests",
                        "Too many failed authentications came from this address; `Retry-After` says when it may "
                                + "try again. Nothing was done."));
        PROBLEMS.put("404", new Standard("NotFound", "No resource has this id."));
        PROBLEMS.put("406", new Standard("NotAcceptable", "The `Accept` header asks for a format other than JSON."));
        PROBLEMS.put(
                "409",
                new Standard(
                        "Conflict",
                        "The request conflicts with existing records: a duplicate "
                                + "(`existingId` names it) or a delete of something still referred to (`references` says what)."));
        PROBLEMS.put(
                "412",
                new Standard(
                        "PreconditionFailed",
                        "`If-Match` names an older version or representation, or another "
                                + "request changed the resource at the same moment; nothing was written."));
        PROBLEMS.put(
                "428",
                new Standard(
                        "PreconditionRequired",
                        "`If-Match` is missing: GET the resource and send its `ETag` as `If-Match`, so that the "
                                + "write cannot overwrite a change it has not seen; nothing was written. A deployment "
                                + "may let the last writer win instead (`kembar.api.require-if-match=false`)."));
        PROBLEMS.put(
                "408",
                new Standard(
                        "RequestTimeout",
                        "The request body arrived too slowly (below the minimum rate, or not within the time allowed); "
                                + "nothing was written and the connection is closed."));
        PROBLEMS.put("413", new Standard("PayloadTooLarge", "The request body is larger than the limit."));
        PROBLEMS.put(
                "414",
                new Standard(
                        "UriTooLong",
                        "The request line (path and query) is longer than the limit (`kembar.api.max-request-line`, "
                                + "4 KiB by default); the connection is closed."));
        PROBLEMS.put(
                "431",
                new Standard(
                        "RequestHeaderFieldsTooLarge",
                        "The request's headers are larger than the limit (`kembar.api.max-header-size`, 8 KiB by "
                                + "default); the connection is closed."));
        PROBLEMS.put(
                "415",
                new Standard("UnsupportedMediaType", "The body is not of the media type this operation " + "takes."));
        PROBLEMS.put(
                "410",
                new Standard(
                        "CursorExpired",
                        "The changes after this cursor are no longer kept (`kembar.history.retention`): copy the "
                                + "records again and follow the feed from a cursor taken before copying."));
        PROBLEMS.put(
                "503",
                new Standard(
                        "ServiceUnavailable",
                        "The service cannot take the request now (a record locked by another request, or too many "
                                + "requests waiting for changes); retry shortly."));
        PROBLEMS.put(
                "500",
                new Standard(
                        "InternalError",
                        "An unexpected error; the problem's `requestId` is in the " + "service's log."));
    }

    private final Components components;
    private final Security security;

    StandardResponses(Components components) {
        this.components = components;
        this.security = new Security(components);
        header(
                "WWW-Authenticate",
                "The schemes to authenticate with (`Bearer`, `ApiKey`), and what was wrong with credentials that "
                        + "were refused (`error=\"invalid_token\"`, `error=\"invalid_key\"`).",
                "Bearer realm=\"kembar\", ApiKey realm=\"kembar\"");
        header("Retry-After", "Seconds to wait before trying again.", "42");
        header("API-Version", "The full semantic version of the API that answered.", "1.0.0");
        header(
                "X-Request-Id",
                "The id of this request (the caller's own when it sent a valid one); also in the "
                        + "service's log and in problem responses.",
                "5b0e3c3e-8a37-4a53-9a0b-0d1f4c7c2a11");
        header(
                "ETag",
                "The tag of this representation, `\"<version>-<digest>\"`: it changes whenever the body does (also "
                        + "when a record it shows, such as a partnership's partner, changes), for `If-None-Match`; "
                        + "`If-Match` takes it, or the version alone.",
                "\"0-5f1c2a9b0d4e\"");
        header(
                "Cache-Control",
                "How long the response may be kept: `no-store` for the registry's own data; reference data, which "
                        + "changes only with a release, may be kept for a day and then revalidated with its `ETag`.",
                "public, max-age=86400");
        header(
                "Location",
                "The URL of the created resource.",
                "https://kembar.kemendagri.go.id/api/v1/actors/3fa85f64-5717-4562-b3fc-2c963f66afa6");
        header(
                "Link",
                "RFC 8288 links to the first, previous, next and last page, with the request's filters.",
                "<https://kembar.kemendagri.go.id/api/v1/actors?page=2>; rel=\"next\"");
        PROBLEMS.forEach((status, standard) ->
                components.addResponse(standard.name(), problemResponse(status, standard.description())));
        addHeader(components.getResponses().get("Unauthorized"), "WWW-Authenticate");
        addHeader(components.getResponses().get("TooManyRequests"), "Retry-After");
        addHeader(components.getResponses().get("ServiceUnavailable"), "Retry-After");
    }

    private static final String REFERENCE = "/reference";

    void complete(String path, HttpMethod method, Operation operation) {
        APIResponses responses = operation.getResponses();
        Map<String, APIResponse> declared = new TreeMap<>(responses.getAPIResponses());
        // SmallRye's own 401 and 403 for operations with roles are replaced by the problems below; an operation without
        // roles keeps a 403 it declares itself (one a deployment may restrict, such as the histories)
        boolean withRoles = security.protect(operation);
        if (withRoles) {
            declared.remove("401");
            declared.remove("403");
        }
        // reference data is cached: its pages carry a tag and how long to keep them, and answer If-None-Match
        boolean cached = method == HttpMethod.GET && (path.equals(REFERENCE) || path.startsWith(REFERENCE + "/"));
        boolean singleResource = false;
        for (Map.Entry<String, APIResponse> entry : declared.entrySet()) {
            String status = entry.getKey();
            APIResponse response = entry.getValue();
            if (ContractFilter.isSuccess(status)) {
                String schema = schemaName(response);
                addHeader(response, "API-Version");
                addHeader(response, "X-Request-Id");
                if (cached) {
                    addHeader(response, "ETag");
                    addHeader(response, "Cache-Control");
                }
                if (schema != null && schema.startsWith("Page")) {
                    addHeader(response, "Link");
                } else if (schema != null) {
                    singleResource = true;
                    addHeader(response, "ETag");
                }
                if (status.equals("201")) {
                    addHeader(response, "Location");
                }
            } else if (PROBLEMS.containsKey(status) && response.getContent() == null) {
                // a declared problem keeps its own description and gets the shared body and headers
                response.setContent(problemContent(status, response.getDescription()));
                addHeader(response, "API-Version");
                addHeader(response, "X-Request-Id");
            }
        }
        use(declared, "400");
        use(declared, "401");
        if (withRoles) {
            use(declared, "403");
        }
        use(declared, "429");
        use(declared, "406");
        use(declared, "414");
        use(declared, "431");
        use(declared, "500");
        if (path.contains("{")) {
            use(declared, "404");
        }
        if (operation.getRequestBody() != null) {
            use(declared, "408");
            use(declared, "413");
            use(declared, "415");
        }
        if (method == HttpMethod.PUT || method == HttpMethod.PATCH || method == HttpMethod.DELETE) {
            use(declared, "412");
            use(declared, "428");
        }
        if (method != HttpMethod.GET && method != HttpMethod.HEAD) {
            // a write waits for the records it locks; one held longer than the lock timeout is a 503
            use(declared, "503");
        }
        if (method == HttpMethod.GET && (singleResource || cached)) {
            APIResponse notModified = ContractFilter.response(
                    "The representation has not changed since the one whose ETag `If-None-Match` names; no body.");
            addHeader(notModified, "API-Version");
            addHeader(notModified, "X-Request-Id");
            addHeader(notModified, "ETag");
            if (cached) {
                addHeader(notModified, "Cache-Control");
            }
            declared.putIfAbsent("304", notModified);
        }
        operation.setResponses(OASFactory.createAPIResponses());
        declared.forEach(operation.getResponses()::addAPIResponse);
    }

    private static void use(Map<String, APIResponse> declared, String status) {
        declared.putIfAbsent(
                status,
                OASFactory.createAPIResponse()
                        .ref("#/components/responses/" + PROBLEMS.get(status).name()));
    }

    private static String schemaName(APIResponse response) {
        if (response.getContent() == null || response.getContent().getMediaTypes() == null) {
            return null;
        }
        for (MediaType media : response.getContent().getMediaTypes().values()) {
            if (media.getSchema() != null && media.getSchema().getRef() != null) {
                String ref = media.getSchema().getRef();
                return ref.substring(ref.lastIndexOf('/') + 1);
            }
        }
        return null;
    }

    private APIResponse problemResponse(String status, String description) {
        APIResponse response = ContractFilter.response(description).content(problemContent(status, description));
        addHeader(response, "API-Version");
        addHeader(response, "X-Request-Id");
        return response;
    }

    private static Content problemContent(String status, String description) {
        return OASFactory.createContent()
                .addMediaType(
                        Problem.MEDIA_TYPE,
                        ContractFilter.json(ContractFilter.ref("Problem"))
                                .example(Examples.problem(Integer.parseInt(status))));
    }

    private static void addHeader(APIResponse response, String name) {
        if (response.getHeaders() == null || !response.getHeaders().containsKey(name)) {
            response.addHeader(name, OASFactory.createHeader().ref("#/components/headers/" + name));
        }
    }

    private void header(String name, String description, String example) {
        Header header = OASFactory.createHeader()
                .description(description)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .example(example);
        components.addHeader(name, header);
    }
}
