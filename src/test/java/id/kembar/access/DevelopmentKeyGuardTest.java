package id.kembar.access;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The guard knows the key the tests sign with, as the file and the test profile hold it. */
class DevelopmentKeyGuardTest {

    @Test
    void theGuardsFingerprintIsTheTestKeys() throws IOException {
        String pem = Files.readString(Path.of("src", "test", "resources", "auth", "test-public-key.pem"));
        assertThat(DevelopmentKeyGuard.fingerprint(pem), equalTo(DevelopmentKeyGuard.TEST_KEY_SHA256));
        assertThat(DevelopmentKeyGuard.isTestKey(pem), is(true));
        String other = Files.readString(Path.of("src", "test", "resources", "auth", "other-private-key.pem"));
        assertThat(DevelopmentKeyGuard.isTestKey(other), is(false));
        assertThat(DevelopmentKeyGuard.isTestKey("not base64 at all!"), is(false));
    }

    @Test
    void theTestProfileVerifiesWithThatKey() throws IOException {
        String properties = Files.readString(Path.of("src", "main", "resources", "application.properties"));
        String configured = properties
                .lines()
                .filter(line -> line.startsWith("%dev,test.quarkus.oidc.public-key="))
                .findFirst()
                .orElseThrow()
                .substring("%dev,test.quarkus.oidc.public-key=".length());
        assertThat(DevelopmentKeyGuard.isTestKey(configured), is(true));
    }
}
