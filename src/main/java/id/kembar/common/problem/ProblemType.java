package id.kembar.common.problem;

/** The kinds of problem the API answers with; each has its own {@code type} URI. */
public enum ProblemType {
    INVALID_REQUEST(400, "invalid-request", "Request is not valid"),
    UNAUTHORIZED(401, "unauthorized", "Authentication required"),
    FORBIDDEN(403, "forbidden", "Not permitted"),
    NOT_FOUND(404, "not-found", "Resource not found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable", "Not acceptable"),
    CONFLICT(409, "conflict", "Conflict with an existing resource"),
    IN_USE(409, "in-use", "Resource is still referenced"),
    REQUEST_TIMEOUT(408, "request-timeout", "Request body too slow"),
    CURSOR_EXPIRED(410, "cursor-expired", "Cursor expired"),
    PRECONDITION_FAILED(412, "precondition-failed", "Precondition failed"),
    URI_TOO_LONG(414, "uri-too-long", "Request line too long"),
    PRECONDITION_REQUIRED(428, "precondition-required", "Precondition required"),
    HEADERS_TOO_LARGE(431, "request-header-fields-too-large", "Request header fields too large"),
    TOO_MANY_REQUESTS(429, "too-many-requests", "Too many failed authentications"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "Request body too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type"),
    INTERNAL_ERROR(500, "internal-error", "Internal server error"),
    SERVICE_UNAVAILABLE(503, "service-unavailable", "Service unavailable");

    public final int status;
    public final String slug;
    public final String title;

    ProblemType(int status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }
}
