package id.kembar.reference;

import id.kembar.common.problem.ProblemException;
import id.kembar.common.problem.ProblemType;
import id.kembar.common.web.ETags;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.EntityTag;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * The code lists, built once from {@link CodeListRegistry} and the labels in {@code reference/labels.properties}. A
 * missing label fails the first request (and ReferenceLabelsTest, which names it) rather than showing a blank in a
 * form.
 */
@Singleton
class CodeLists {

    static final String LABELS = "reference/labels.properties";
    private static final Pattern NAME = Pattern.compile(CodeListIndex.NAME);

    private final Map<String, CodeList> lists = new LinkedHashMap<>();
    private final CodeListIndex index;
    private final Map<Object, EntityTag> tags = new IdentityHashMap<>();

    CodeLists() {
        Properties labels = Labels.all();
        List<String> missing = new ArrayList<>();
        for (CodeListRegistry.Entry entry : CodeListRegistry.ALL) {
            Text list = Text.of(labels, "list." + entry.name(), missing);
            List<ReferenceCode> codes = new ArrayList<>();
            for (Enum<?> value : entry.type().getEnumConstants()) {
                Text code = Text.of(labels, entry.schema() + "." + value.name(), missing);
                codes.add(new ReferenceCode(value.name(), code.english, code.indonesian, code.description));
            }
            lists.put(
                    entry.name(),
                    new CodeList(
                            entry.name(),
                            entry.schema(),
                            list.english,
                            list.indonesian,
                            list.description,
                            List.copyOf(codes)));
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException(LABELS + " lacks " + String.join(", ", missing));
        }
        index = new CodeListIndex(
                lists.values().stream().map(CodeListSummary::of).toList());
        lists.values().forEach(list -> tags.put(list, checksum(list)));
        tags.put(index, checksum(index));
    }

    /** The ETag of the index or of a list: a checksum of it, which changes only when its codes or labels do. */
    EntityTag tag(Object indexOrList) {
        return tags.get(indexOrList);
    }

    private static EntityTag checksum(Object body) {
        CRC32 checksum = new CRC32();
        checksum.update(body.toString().getBytes(StandardCharsets.UTF_8));
        return ETags.of(checksum.getValue());
    }

    CodeListIndex index() {
        return index;
    }

    CodeList get(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw ProblemException.invalid(
                    "name",
                    "must be the name of a code list, in lower-case kebab-case, such " + "as partnership-types",
                    names());
        }
        CodeList list = lists.get(name);
        if (list == null) {
            throw ProblemException.of(
                    ProblemType.NOT_FOUND,
                    "No code list is named " + name + "; the code lists " + "are: " + String.join(", ", names()));
        }
        return list;
    }

    private List<String> names() {
        return List.copyOf(lists.keySet());
    }

    static Properties load() {
        Properties labels = new Properties();
        try (InputStream in = CodeLists.class.getClassLoader().getResourceAsStream(LABELS)) {
            if (in == null) {
                throw new IllegalStateException(LABELS + " is not on the class path");
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                labels.load(reader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return labels;
    }

    /** The English and Indonesian label and the English description stored under one key prefix. */
    private record Text(String english, String indonesian, String description) {

        static Text of(Properties labels, String prefix, List<String> missing) {
            return new Text(
                    value(labels, prefix + ".en", missing),
                    value(labels, prefix + ".id", missing),
                    value(labels, prefix + ".description", missing));
        }

        private static String value(Properties labels, String key, List<String> missing) {
            String value = labels.getProperty(key, "").strip();
            if (value.isEmpty()) {
                missing.add(key);
            }
            return value;
        }
    }
}
