package id.kembar.reference;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The labels file and the registry agree: no label missing (the lists would not build), none left over. */
class ReferenceLabelsTest {

    @Test
    void everyCodeListBuildsFromTheLabels() {
        // throws, naming every missing key, when a list or code has no English or Indonesian label or description
        new CodeLists();
    }

    @Test
    void theLabelsFileHasNoKeyThatNoCodeUses() {
        Set<String> used = new TreeSet<>();
        for (CodeListRegistry.Entry entry : CodeListRegistry.ALL) {
            List<String> prefixes = new ArrayList<>(List.of("list." + entry.name()));
            for (Enum<?> value : entry.type().getEnumConstants()) {
                prefixes.add(entry.schema() + "." + value.name());
            }
            prefixes.forEach(p -> List.of(".en", ".id", ".description").forEach(s -> used.add(p + s)));
        }
        Properties labels = CodeLists.load();
        List<String> unused = labels.stringPropertyNames().stream()
                .filter(k -> !used.contains(k))
                .sorted()
                .toList();
        assertThat("keys of a renamed or removed code?", unused, empty());
    }
}
