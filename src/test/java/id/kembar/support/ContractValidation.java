package id.kembar.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.quarkus.test.junit.callback.QuarkusTestBeforeClassCallback;
import io.restassured.RestAssured;
import java.nio.file.Path;

/**
 * Every response any test receives is checked against the published contract, {@code openapi.yaml}: its status must
 * be documented for the operation, its body must match the schema (no undocumented properties), so that a client
 * generated from the contract can read everything the service sends. Requests are not checked: tests send invalid
 * ones on purpose. Registered for every {@code @QuarkusTest} class as a Quarkus test callback (a service in
 * {@code META-INF/services}), which runs in the class loader the tests use, so it shares their REST Assured.
 */
public class ContractValidation implements QuarkusTestBeforeClassCallback {

    private static boolean installed;

    @Override
    public void beforeClass(Class<?> testClass) {
        install();
    }

    private static synchronized void install() {
        if (installed) {
            return;
        }
        // the parser finds its extensions with the context class loader, which must be the one that loaded it
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(ContractValidation.class.getClassLoader());
        try {
            RestAssured.filters(new OpenApiValidationFilter(validator()));
        } finally {
            thread.setContextClassLoader(previous);
        }
        installed = true;
    }

    private static OpenApiInteractionValidator validator() {
        return OpenApiInteractionValidator.createForSpecificationUrl(
                        Path.of("openapi.yaml").toUri().toString())
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.request", ValidationReport.Level.IGNORE)
                        .withLevel("validation.schema.additionalProperties", ValidationReport.Level.ERROR)
                        .build())
                .build();
    }
}
