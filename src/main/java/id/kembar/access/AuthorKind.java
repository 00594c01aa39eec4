package id.kembar.access;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How the author of a change was known. */
@Schema(
        description =
                "How the author of a change was known: TOKEN, a bearer token of the identity provider; API_KEY, an "
                        + "API key; SERVICE, Kembar itself (demo data, values that change with time, records that existed "
                        + "before the history began).")
public enum AuthorKind {
    TOKEN,
    API_KEY,
    SERVICE
}
