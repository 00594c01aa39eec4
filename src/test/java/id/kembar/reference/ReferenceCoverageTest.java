package id.kembar.reference;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.junit.jupiter.api.Test;

/** Every enum of the API has its code list, whether it is looked for in the code or in the contract. */
@QuarkusTest
class ReferenceCoverageTest {

    private static final Path CLASSES = Path.of("target", "classes");

    /** Schema name to the codes of the code lists that name it; a schema with two lists has two entries. */
    private static Map<String, List<List<String>>> published() {
        Map<String, List<List<String>>> published = new TreeMap<>();
        List<String> names = given().get("/api/v1/reference")
                .then()
                .statusCode(200)
                .extract()
                .path("items.name");
        for (String name : names) {
            JsonPath list = given().get("/api/v1/reference/" + name)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            published
                    .computeIfAbsent(list.getString("schema"), s -> new ArrayList<>())
                    .add(list.getList("codes.code"));
        }
        return published;
    }

    @Test
    void everyEnumInTheCodeHasExactlyOneCodeListWithItsValuesInOrder() throws IOException {
        List<Class<?>> enums = apiEnums();
        Map<String, List<List<String>>> published = published();
        assertThat("no API enums found under " + CLASSES.toAbsolutePath(), enums.size() > 10, equalTo(true));
        for (Class<?> type : enums) {
            String schema = schemaName(type);
            List<String> values = Arrays.stream(type.getEnumConstants())
                    .map(v -> ((Enum<?>) v).name())
                    .toList();
            List<List<String>> lists = published.getOrDefault(schema, List.of());
            assertThat(type.getName() + " has one code list with schema " + schema, lists, hasSize(1));
            assertThat(type.getName() + " codes", lists.get(0), equalTo(values));
        }
    }

    @Test
    void everyEnumInTheContractHasACodeListWithItsValues() throws IOException {
        Map<String, List<List<String>>> published = published();
        JsonNode schemas = new ObjectMapper(new YAMLFactory())
                .readTree(Path.of("openapi.yaml").toFile())
                .path("components")
                .path("schemas");
        List<String> enumSchemas = new ArrayList<>();
        schemas.properties().forEach(schema -> {
            JsonNode values = schema.getValue().path("enum");
            if (!values.isArray()) {
                return;
            }
            enumSchemas.add(schema.getKey());
            List<String> expected = new ArrayList<>();
            values.forEach(value -> expected.add(value.asText()));
            assertThat(schema.getKey() + " has a code list", published.keySet(), hasItem(schema.getKey()));
            assertThat(
                    schema.getKey() + " codes", published.get(schema.getKey()).get(0), equalTo(expected));
        });
        assertThat("the contract's enums were found", enumSchemas.isEmpty(), equalTo(false));
    }

    @Test
    void everyCodeListListsAnEnumOfTheCode() throws IOException {
        List<String> schemas =
                apiEnums().stream().map(ReferenceCoverageTest::schemaName).toList();
        List<String> orphans =
                published().keySet().stream().filter(s -> !schemas.contains(s)).toList();
        assertThat(orphans, empty());
    }

    /** The enums of the API: those under {@code id.kembar} that carry {@code @Schema}, as internal ones do not. */
    private static List<Class<?>> apiEnums() throws IOException {
        List<Class<?>> enums = new ArrayList<>();
        try (Stream<Path> files = Files.walk(CLASSES.resolve(Path.of("id", "kembar")))) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String name = CLASSES.relativize(file)
                        .toString()
                        .replaceAll("\\.class$", "")
                        .replace('/', '.')
                        .replace('\\', '.');
                Class<?> type = load(name);
                if (type.isEnum() && type.isAnnotationPresent(Schema.class)) {
                    enums.add(type);
                }
            }
        }
        return enums;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, ReferenceCoverageTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new AssertionError(name + " was compiled but cannot be loaded", e);
        }
    }

    private static String schemaName(Class<?> type) {
        Schema schema = type.getAnnotation(Schema.class);
        return schema.name().isEmpty() ? type.getSimpleName() : schema.name();
    }
}
