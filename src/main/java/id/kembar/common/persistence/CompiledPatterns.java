package id.kembar.common.persistence;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The patterns the query builders make of the aliases and parameter names of the code (never of a request's values, so
 * there are few), compiled once each instead of on every request.
 */
final class CompiledPatterns {

    private static final Map<String, Pattern> COMPILED = new ConcurrentHashMap<>();

    private CompiledPatterns() {}

    static Pattern of(String regex) {
        return COMPILED.computeIfAbsent(regex, Pattern::compile);
    }
}
