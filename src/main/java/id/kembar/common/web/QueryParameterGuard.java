package id.kembar.common.web;

import id.kembar.common.json.PlainText;
import id.kembar.common.problem.ProblemException;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A query parameter the endpoint does not declare is a 400 naming the ones it does (API-GUIDE "Collections"): a
 * misspelt filter must not silently return everything. Values are plain text, as in bodies.
 */
class QueryParameterGuard {

    private final Map<Method, List<String>> declared = new ConcurrentHashMap<>();

    @ServerRequestFilter
    void rejectUnknown(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        List<String> allowed = declared.computeIfAbsent(method, QueryParameterGuard::queryParameters);
        for (var parameter : request.getUriInfo().getQueryParameters().entrySet()) {
            String name = parameter.getKey();
            if (parameter.getValue().stream().anyMatch(value -> !PlainText.isPlain(value))) {
                throw ProblemException.invalid(name, PlainText.MESSAGE);
            }
            if (!allowed.contains(name)) {
                throw ProblemException.invalid(
                        name,
                        allowed.isEmpty()
                                ? "is not a parameter of this endpoint, which takes no query parameters"
                                : "is not a parameter of this endpoint; it takes: " + String.join(", ", allowed),
                        allowed);
            }
        }
    }

    private static List<String> queryParameters(Method method) {
        TreeSet<String> names = new TreeSet<>();
        for (Parameter parameter : method.getParameters()) {
            QueryParam query = parameter.getAnnotation(QueryParam.class);
            if (query != null) {
                names.add(query.value());
            }
            if (parameter.getAnnotation(BeanParam.class) != null) {
                addBeanParams(parameter.getType(), names);
            }
        }
        return List.copyOf(names);
    }

    private static void addBeanParams(Class<?> type, TreeSet<String> names) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                for (Annotation annotation : field.getAnnotations()) {
                    if (annotation instanceof QueryParam query) {
                        names.add(query.value());
                    } else if (annotation instanceof BeanParam) {
                        addBeanParams(field.getType(), names);
                    }
                }
            }
        }
    }
}
