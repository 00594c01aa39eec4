package id.kembar.support;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Bearer tokens the test profile accepts: signed with the test key (src/test/resources/auth), issued by the test
 * issuer for the audience {@code kembar}, as an OpenID Connect provider would issue them; and tokens it must refuse.
 */
public final class Tokens {

    public static final String ISSUER = "https://issuer.kembar.test";
    public static final String AUDIENCE = "kembar";

    private static final PrivateKey KEY = privateKey("auth/test-private-key.pem");
    private static final PrivateKey OTHER_KEY = privateKey("auth/other-private-key.pem");

    private Tokens() {}

    /** The caller most tests write as: a ministry official who may also manage keys. */
    public static String ministry() {
        return token("test-ministry", List.of("MINISTRY", "ADMIN"), List.of());
    }

    public static String reader() {
        return token("test-reader", List.of("READER"), List.of());
    }

    public static String editor(String... regions) {
        return token("test-editor-" + String.join("-", regions), List.of("EDITOR"), List.of(regions));
    }

    public static String withRoles(String... roles) {
        return token("test-" + String.join("-", roles).toLowerCase(), List.of(roles), List.of());
    }

    public static String expired() {
        return claims("test-expired", List.of("MINISTRY"), List.of())
                .issuedAt(Instant.now().minus(Duration.ofHours(2)))
                .expiresAt(Instant.now().minus(Duration.ofHours(1)))
                .jws()
                .sign(KEY);
    }

    public static String forAudience(String audience) {
        return claims("test-other-audience", List.of("MINISTRY"), List.of())
                .audience(audience)
                .jws()
                .sign(KEY);
    }

    public static String signedByAnotherKey() {
        return claims("test-forger", List.of("MINISTRY"), List.of()).jws().sign(OTHER_KEY);
    }

    public static String fromIssuer(String issuer) {
        return claims("test-other-issuer", List.of("MINISTRY"), List.of())
                .issuer(issuer)
                .jws()
                .sign(KEY);
    }

    /** A token whose claims carry the regions under {@code claim} as {@code value}. */
    public static String withClaim(String claim, Object value, String... roles) {
        return claims("test-claims", List.of(roles), List.of())
                .claim(claim, value)
                .jws()
                .sign(KEY);
    }

    public static String token(String subject, List<String> roles, List<String> regions) {
        return claims(subject, roles, regions).jws().sign(KEY);
    }

    private static JwtClaimsBuilder claims(String subject, List<String> roles, List<String> regions) {
        JwtClaimsBuilder claims = Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(subject)
                .preferredUserName(subject)
                .claim("jti", UUID.randomUUID().toString())
                .groups(Set.copyOf(roles))
                .expiresIn(Duration.ofHours(6));
        if (!regions.isEmpty()) {
            claims.claim("kembar_regions", regions);
        }
        return claims;
    }

    private static PrivateKey privateKey(String resource) {
        try (InputStream in = Tokens.class.getClassLoader().getResourceAsStream(resource)) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            byte[] der = Base64.getDecoder()
                    .decode(pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""));
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("test key " + resource, e);
        }
    }
}
