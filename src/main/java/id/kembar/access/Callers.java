package id.kembar.access;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The caller of the current request, from the identity Quarkus established (a bearer token or an API key). */
@ApplicationScoped
public class Callers {

    /** The identity attribute that holds a caller's region codes (a {@code Set<String>}). */
    public static final String REGIONS = "kembar.regions";

    /** The identity attribute that holds the key id of the API key a caller presented. */
    public static final String API_KEY_ID = "kembar.api-key-id";

    /** The service itself, for what it does at start-up (the demo data, the first API key): no request, no identity. */
    public static final Caller SERVICE = new Caller("kembar", Set.of(Role.ADMIN), new TreeSet<>());

    /** How an API key's name is given as the principal's ({@code api-key:<name>}). */
    public static final String API_KEY_PRINCIPAL = "api-key:";

    private static final ThreadLocal<Caller> ACTING = new ThreadLocal<>();

    private final SecurityIdentity identity;

    Callers(SecurityIdentity identity) {
        this.identity = identity;
    }

    public Caller current() {
        Caller acting = ACTING.get();
        return acting != null ? acting : of(identity);
    }

    /**
     * Who is changing records in this thread, for the audit history: the service itself outside a request (start-up,
     * scheduled work) and in {@link #asService}.
     */
    public Author author() {
        if (ACTING.get() != null || !Arc.container().requestContext().isActive() || identity.isAnonymous()) {
            return Author.SERVICE;
        }
        Caller caller = of(identity);
        if (identity.getAttribute(API_KEY_ID) instanceof String keyId) {
            String name = caller.name().startsWith(API_KEY_PRINCIPAL)
                    ? caller.name().substring(API_KEY_PRINCIPAL.length())
                    : caller.name();
            return new Author(AuthorKind.API_KEY, name, null, null, keyId, caller.roles());
        }
        String subject = null;
        String client = null;
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            subject = token.getSubject();
            client = token.containsClaim("azp")
                    ? token.getClaim("azp").toString()
                    : token.containsClaim("client_id")
                            ? token.getClaim("client_id").toString()
                            : null;
        }
        return new Author(AuthorKind.TOKEN, caller.name(), subject, client, null, caller.roles());
    }

    /** Runs {@code work} on this thread as {@link #SERVICE}: writes the service makes of its own accord. */
    public static <T> T asService(Supplier<T> work) {
        Caller before = ACTING.get();
        ACTING.set(SERVICE);
        try {
            return work.get();
        } finally {
            ACTING.set(before);
        }
    }

    static Caller of(SecurityIdentity identity) {
        if (identity.isAnonymous()) {
            return Caller.ANONYMOUS;
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        identity.getRoles().forEach(name -> Role.named(name).ifPresent(roles::add));
        SortedSet<String> regions = new TreeSet<>();
        if (identity.getAttribute(REGIONS) instanceof Set<?> held) {
            held.forEach(region -> regions.add(region.toString()));
        }
        return new Caller(identity.getPrincipal().getName(), roles, regions);
    }
}
