package id.kembar.common.openapi;

import id.kembar.common.web.Languages;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/** The headers of operations whose messages are written in the language the client asks for (English, Indonesian). */
final class Localization {

    private Localization() {}

    static void document(Operation operation) {
        if (operation.getExtensions() == null || !operation.getExtensions().containsKey(Languages.LOCALIZED)) {
            return;
        }
        operation.removeExtension(Languages.LOCALIZED);
        List<Parameter> parameters =
                operation.getParameters() == null ? new ArrayList<>() : new ArrayList<>(operation.getParameters());
        parameters.add(OASFactory.createParameter()
                .name("Accept-Language")
                .in(Parameter.In.HEADER)
                .description("The language of the messages: `en` (the default) or `id` (Bahasa Indonesia); "
                        + "q-values are honoured.")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .example("id"));
        operation.setParameters(parameters);
        operation.getResponses().getAPIResponses().forEach((status, response) -> {
            // SmallRye puts a method's extensions on the responses it declares too
            if (response.getExtensions() != null && response.getExtensions().containsKey(Languages.LOCALIZED)) {
                response.removeExtension(Languages.LOCALIZED);
            }
            if (ContractFilter.isSuccess(status) && response.getContent() != null) {
                response.addHeader(
                        "Content-Language",
                        OASFactory.createHeader()
                                .description("The language of the messages: `en` or `id`.")
                                .schema(OASFactory.createSchema()
                                        .addType(Schema.SchemaType.STRING)
                                        .enumeration(new ArrayList<>(List.of("en", "id")))));
            }
        });
    }
}
