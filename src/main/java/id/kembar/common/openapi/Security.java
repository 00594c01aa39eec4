package id.kembar.common.openapi;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * The two ways to call (a bearer token of the identity provider, an API key) as security schemes, and per operation
 * what it needs. SmallRye marks each operation that declares roles ({@code @RolesAllowed}) with a requirement of
 * {@value #BEARER} whose scopes are the roles; here that becomes "either scheme", and the roles go into the operation's
 * description and its {@value #ROLES} extension, which the authorization tests read.
 */
final class Security {

    static final String BEARER = "bearerAuth";
    static final String API_KEY = "apiKey";
    static final String ROLES = "x-roles";

    Security(Components components) {
        components.addSecurityScheme(
                BEARER,
                OASFactory.createSecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .bearerFormat("JWT")
                        .description("An access token of the OpenID Connect provider the deployment trusts "
                                + "(`Authorization: Bearer …`). Its roles and regions come from claims the deployment "
                                + "names."));
        components.addSecurityScheme(
                API_KEY,
                OASFactory.createSecurityScheme()
                        .type(SecurityScheme.Type.APIKEY)
                        .in(SecurityScheme.In.HEADER)
                        .name("X-API-Key")
                        .description("An API key an ADMIN created for a script or system (`POST /api-keys`)."));
    }

    /**
     * Rewrites the operation's requirement; true when it needs an authenticated caller with one of its roles. One that
     * needs none is open to every caller, unless the deployment requires authentication for reads.
     */
    boolean protect(Operation operation) {
        List<String> roles = new ArrayList<>();
        if (operation.getSecurity() != null) {
            for (SecurityRequirement requirement : operation.getSecurity()) {
                if (requirement.getScheme(BEARER) != null) {
                    roles.addAll(requirement.getScheme(BEARER));
                }
            }
        }
        if (roles.isEmpty()) {
            operation.setSecurity(new ArrayList<>(List.of(
                    OASFactory.createSecurityRequirement(),
                    OASFactory.createSecurityRequirement().addScheme(BEARER),
                    OASFactory.createSecurityRequirement().addScheme(API_KEY))));
            return false;
        }
        operation.setSecurity(new ArrayList<>(List.of(
                OASFactory.createSecurityRequirement().addScheme(BEARER),
                OASFactory.createSecurityRequirement().addScheme(API_KEY))));
        operation.addExtension(ROLES, List.copyOf(roles));
        String editor = roles.contains("EDITOR") ? " (an `EDITOR` only for records of its own regions)" : "";
        operation.setDescription(
                operation.getDescription() + "\n\nNeeds one of the roles " + String.join(", ", roles) + editor + ".");
        return true;
    }
}
