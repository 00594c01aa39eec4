package id.kembar.access;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Supplier;

/** The caller of the current request, from the identity Quarkus established (a bearer token or an API key). */
@ApplicationScoped
public class Callers {

    /** The identity attribute that holds a caller's region codes (a {@code Set<String>}). */
    public static final String REGIONS = "kembar.regions";

    /** The service itself, for what it does at start-up (the demo data, the first API key): no request, no identity. */
    public static final Caller SERVICE = new Caller("kembar", Set.of(Role.ADMIN), new TreeSet<>());

    private static final ThreadLocal<Caller> ACTING = new ThreadLocal<>();

    private final SecurityIdentity identity;

    Callers(SecurityIdentity identity) {
        this.identity = identity;
    }

    public Caller current() {
        Caller acting = ACTING.get();
        return acting != null ? acting : of(identity);
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
