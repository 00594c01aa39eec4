package id.kembar.common.problem;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The methods each resource path supports, read once from the JAX-RS resource classes, so that a 405 can carry the
 * {@code Allow} header that RESTEasy Reactive leaves out.
 */
@ApplicationScoped
public class AllowedMethods {

    private record Route(Pattern path, String method) {}

    private volatile List<Route> routes;

    public Set<String> at(String path) {
        Set<String> methods = new TreeSet<>();
        for (Route route : routes()) {
            if (route.path().matcher(path).matches()) {
                methods.add(route.method());
            }
        }
        if (methods.contains("GET")) {
            methods.add("HEAD");
        }
        methods.add("OPTIONS");
        return methods;
    }

    private List<Route> routes() {
        if (routes == null) {
            List<Route> found = new ArrayList<>();
            for (InjectableBean<?> bean : Arc.container().beanManager().getBeans(Object.class).stream()
                    .map(b -> (InjectableBean<?>) b)
                    .toList()) {
                Class<?> type = bean.getBeanClass();
                Path classPath = type.getAnnotation(Path.class);
                if (classPath != null) {
                    addRoutes(type, classPath.value(), found);
                }
            }
            routes = List.copyOf(found);
        }
        return routes;
    }

    private static void addRoutes(Class<?> type, String base, List<Route> found) {
        for (Method method : type.getDeclaredMethods()) {
            for (Annotation annotation : method.getAnnotations()) {
                HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
                if (http != null) {
                    Path sub = method.getAnnotation(Path.class);
                    String template =
                            sub == null ? base : base + "/" + sub.value().replaceAll("^/", "");
                    found.add(new Route(Pattern.compile(template.replaceAll("\\{[^}]+}", "[^/]+")), http.value()));
                }
            }
        }
    }
}
