package id.kembar.apikey;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

/** The secret's format, its slow hash and the comparison used on it. */
class ApiKeySecretsTest {

    @Test
    void theComparisonFindsADifferenceAtEveryPositionAndInLength() {
        byte[] a = new byte[32];
        for (int i = 0; i < a.length; i++) {
            a[i] = (byte) (i * 7);
        }
        assertThat(ApiKeySecrets.sameBytes(a, a.clone()), is(true));
        for (int i = 0; i < a.length; i++) {
            for (int bit = 0; bit < 8; bit++) {
                byte[] b = a.clone();
                b[i] ^= (byte) (1 << bit);
                assertThat("byte " + i + " bit " + bit, ApiKeySecrets.sameBytes(a, b), is(false));
            }
        }
        byte[] longer = new byte[33];
        System.arraycopy(a, 0, longer, 0, 32);
        assertThat(ApiKeySecrets.sameBytes(a, longer), is(false));
        assertThat(ApiKeySecrets.sameBytes(longer, a), is(false));
        assertThat(ApiKeySecrets.sameBytes(new byte[0], new byte[0]), is(true));
        assertThat(ApiKeySecrets.sameBytes(new byte[0], new byte[] {0}), is(false));
    }

    @Test
    void theHashIsSaltedAndSlowAndRecognisesOnlyItsSecret() {
        String secret = ApiKeySecrets.newSecret();
        String once = ApiKeySecrets.hash(secret, 600_000);
        String twice = ApiKeySecrets.hash(secret, 600_000);
        assertThat(once, matchesPattern("pbkdf2-sha256\\$600000\\$[A-Za-z0-9+/=]{24}\\$[A-Za-z0-9+/=]{44}"));
        assertThat("a salt of its own each time", once, not(equalTo(twice)));
        assertThat(ApiKeySecrets.matches(secret, once), is(true));
        assertThat(ApiKeySecrets.matches(secret, twice), is(true));
        assertThat(ApiKeySecrets.matches(secret + "x", once), is(false));
        assertThat(ApiKeySecrets.matches(secret, "sha256$" + secret), is(false));
        assertThat("the secret itself is not in the hash", once.contains(secret), is(false));
    }

    @Test
    void aKeyIsItsIdAndItsSecretInOneFormat() {
        String id = ApiKeySecrets.newKeyId();
        String secret = ApiKeySecrets.newSecret();
        String key = ApiKeySecrets.format(id, secret);
        assertThat(key, matchesPattern("kmb_[0-9a-f]{16}_[A-Za-z0-9_-]{43}"));
        ApiKeySecrets.Presented parsed = ApiKeySecrets.parse(key).orElseThrow();
        assertThat(parsed.keyId(), equalTo(id));
        assertThat(parsed.secret(), equalTo(secret));
        assertThat(ApiKeySecrets.parse("Bearer " + key).isPresent(), is(false));
        assertThat(ApiKeySecrets.parse("kmb_0123_short").isPresent(), is(false));
        assertThat(ApiKeySecrets.parse(null).isPresent(), is(false));
    }
}
