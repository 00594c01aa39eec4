package id.kembar.apikey;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The API key a client sends, {@code kmb_<key id>_<secret>}: the key id (16 hex digits) finds the stored key, the
 * secret (32 random bytes, base64url) proves it. Only a slow salted hash of the secret is stored (PBKDF2 with
 * HMAC-SHA-256, its parameters in the stored value so that they can grow), and hashes are compared in constant time.
 */
final class ApiKeySecrets {

    static final String PREFIX = "kmb_";
    private static final Pattern FORMAT = Pattern.compile("kmb_([0-9a-f]{16})_([A-Za-z0-9_-]{32,128})");
    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final String SCHEME = "pbkdf2-sha256";
    private static final int HASH_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    record Presented(String keyId, String secret) {}

    private ApiKeySecrets() {}

    static String newKeyId() {
        return HexFormat.of().formatHex(random(8));
    }

    static String newSecret() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random(32));
    }

    static String format(String keyId, String secret) {
        return PREFIX + keyId + "_" + secret;
    }

    /** The key id and secret of a value in the key's format; empty for anything else. */
    static Optional<Presented> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        var matcher = FORMAT.matcher(value.trim());
        return matcher.matches() ? Optional.of(new Presented(matcher.group(1), matcher.group(2))) : Optional.empty();
    }

    /** {@code pbkdf2-sha256$<iterations>$<salt>$<hash>}, salt and hash in base64. */
    static String hash(String secret, int iterations) {
        byte[] salt = random(16);
        return SCHEME + "$" + iterations + "$" + base64(salt) + "$" + base64(derive(secret, salt, iterations));
    }

    /** Whether {@code secret} is the one whose hash is {@code stored}. */
    static boolean matches(String secret, String stored) {
        String[] parts = stored.split("\\$");
        if (parts.length != 4 || !parts[0].equals(SCHEME)) {
            return false;
        }
        Base64.Decoder decoder = Base64.getDecoder();
        byte[] expected = decoder.decode(parts[3]);
        return sameBytes(derive(secret, decoder.decode(parts[2]), Integer.parseInt(parts[1])), expected);
    }

    /**
     * Whether the two arrays hold the same bytes, in a time that depends on their lengths only, never on where they
     * first differ: every byte is compared, the differences accumulated.
     */
    static boolean sameBytes(byte[] a, byte[] b) {
        int difference = a.length ^ b.length;
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            byte x = i < a.length ? a[i] : 0;
            byte y = i < b.length ? b[i] : 0;
            difference |= x ^ y;
        }
        return difference == 0;
    }

    /** A fast digest of a secret already proven with the slow hash, to recognise it again in this process. */
    static byte[] fingerprint(String secret) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] derive(String secret, byte[] salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(secret.toCharArray(), salt, iterations, HASH_BYTES * 8);
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] random(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return value;
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
