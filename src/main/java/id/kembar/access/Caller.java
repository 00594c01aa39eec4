package id.kembar.access;

import java.util.EnumSet;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Who sent the request: a name for the record (a token's subject or client, an API key's name), the roles it holds and
 * the Kemendagri region codes it is responsible for.
 */
public record Caller(String name, Set<Role> roles, SortedSet<String> regions) {

    /** A region an editor may hold: a Kemendagri province ({@code 32}) or regency or city ({@code 32.71}) code. */
    public static final String REGION_CODE = "[0-9]{2}(\\.[0-9]{2})?";

    public static final Caller ANONYMOUS = new Caller(null, Set.of(), new TreeSet<>());

    public Caller {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        regions = new TreeSet<>(regions);
    }

    public boolean isAnonymous() {
        return name == null;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** A ministry or an administrator: writes every partnership and actor. */
    public boolean writesEverywhere() {
        return has(Role.MINISTRY) || has(Role.ADMIN);
    }

    /** An editor responsible for the region of {@code code}: its own, or the province it lies in. */
    public boolean holds(String code) {
        return code != null && has(Role.EDITOR) && regions.stream().anyMatch(region -> covers(region, code));
    }

    /** A province code covers its regencies and cities ({@code 32} covers {@code 32.71}); every code covers itself. */
    static boolean covers(String region, String code) {
        return code.equals(region) || code.startsWith(region + ".");
    }
}
