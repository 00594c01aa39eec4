package id.kembar.access;

import java.util.Set;

/**
 * Who made a change, for the record: a person or system holding a token of the identity provider, an API key, or the
 * service itself (start-up data, values that change with time). {@code name} is the token's principal (its user name,
 * or else its subject) or the key's name.
 */
public record Author(AuthorKind kind, String name, String subject, String clientId, String apiKeyId, Set<Role> roles) {

    public static final Author SERVICE =
            new Author(AuthorKind.SERVICE, Callers.SERVICE.name(), null, null, null, Set.of());

    public Author {
        roles = Set.copyOf(roles);
    }
}
