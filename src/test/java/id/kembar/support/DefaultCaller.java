package id.kembar.support;

import io.quarkus.test.junit.callback.QuarkusTestBeforeClassCallback;
import io.restassured.RestAssured;
import io.restassured.authentication.NoAuthScheme;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Every request a test sends without credentials of its own carries those of a ministry official (a bearer token in
 * the {@code @QuarkusTest}s, the packaged service's first ADMIN key in the integration tests), since every write needs
 * them: tests of features need not repeat them. A request that sets {@code Authorization} or {@code X-API-Key} keeps
 * its own (so does one with {@code given().auth()…}); one marked {@link #ANONYMOUS} is sent with none. Registered for every {@code @QuarkusTest} class as a
 * Quarkus test callback (a service in {@code META-INF/services}); {@link PackagedService} installs its own.
 */
public class DefaultCaller implements Filter, QuarkusTestBeforeClassCallback {

    /** A header that makes this filter send the request without any credentials (the header itself is removed). */
    public static final String ANONYMOUS = "X-Test-Anonymous";

    private static boolean installed;

    private final String header;
    private final String value;

    public DefaultCaller() {
        this("Authorization", null);
    }

    private DefaultCaller(String header, String value) {
        this.header = header;
        this.value = value;
    }

    @Override
    public void beforeClass(Class<?> testClass) {
        install(new DefaultCaller("Authorization", "Bearer " + Tokens.ministry()));
    }

    /** The integration tests' caller: an API key. */
    static void installApiKey(String key) {
        install(new DefaultCaller("X-API-Key", key));
    }

    private static synchronized void install(DefaultCaller caller) {
        if (!installed) {
            RestAssured.filters(caller);
            installed = true;
        }
    }

    @Override
    public Response filter(
            FilterableRequestSpecification request, FilterableResponseSpecification response, FilterContext context) {
        if (request.getHeaders().hasHeaderWithName(ANONYMOUS)) {
            request.removeHeader(ANONYMOUS);
        } else if (!request.getHeaders().hasHeaderWithName("Authorization")
                && !request.getHeaders().hasHeaderWithName("X-API-Key")
                // given().auth().oauth2(token) is applied after the filters: its scheme says it is there
                && request.getAuthenticationScheme().getClass() == NoAuthScheme.class) {
            request.header(header, value);
        }
        return context.next(request, response);
    }
}
