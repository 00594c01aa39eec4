package id.kembar.access;

import id.kembar.common.KembarConfig;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The regions of a bearer token's holder, from the claim the deployment names ({@code kembar.auth.regions-claim}):
 * providers put them in different places. Values that are not province or city codes are ignored.
 */
@ApplicationScoped
class RegionClaim implements SecurityIdentityAugmentor {

    private static final Pattern REGION = Pattern.compile(Caller.REGION_CODE);

    private final List<String> path;

    RegionClaim(KembarConfig config) {
        this.path = List.of(config.auth().regionsClaim().split("/"));
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous()
                || identity.getAttribute(Callers.REGIONS) != null
                || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        return Uni.createFrom()
                .item(QuarkusSecurityIdentity.builder(identity)
                        .addAttribute(Callers.REGIONS, regions(token))
                        .build());
    }

    Set<String> regions(JsonWebToken token) {
        Object value = token.getClaim(path.get(0));
        for (String step : path.subList(1, path.size())) {
            value = value instanceof JsonObject object ? object.get(step) : null;
        }
        Set<String> regions = new TreeSet<>();
        for (String code : codes(value)) {
            if (REGION.matcher(code).matches()) {
                regions.add(code);
            }
        }
        return regions;
    }

    private static List<String> codes(Object value) {
        if (value instanceof JsonArray array) {
            return array.stream().map(RegionClaim::text).toList();
        }
        if (value instanceof Collection<?> collection) {
            return collection.stream().map(RegionClaim::text).toList();
        }
        if (value instanceof JsonString || value instanceof String) {
            return List.of(text(value).split("[\\s,]+"));
        }
        return List.of();
    }

    private static String text(Object value) {
        if (value instanceof JsonString string) {
            return string.getString().trim();
        }
        return value instanceof JsonValue json
                ? json.toString()
                : String.valueOf(value).trim();
    }
}
