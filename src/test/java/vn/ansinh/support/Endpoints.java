package vn.ansinh.support;

import java.util.Comparator;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Every endpoint the application answers, read from its handler mappings (controllers, the API
 * description, the actuator), so a test that walks them cannot forget one added later. A mapping
 * that declares no HTTP method is taken as GET.
 */
public final class Endpoints {

    /** A path variable ({id}, {code:[a-z]+}) or a trailing "**". */
    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)[^}]*}|(\\*\\*)");

    private Endpoints() {
    }

    public record Endpoint(HttpMethod method, String pattern) implements Comparable<Endpoint> {

        private static final Comparator<Endpoint> ORDER =
                Comparator.comparing(Endpoint::pattern).thenComparing(e -> e.method().name());

        /** Under /api/: the stateless chain (HTTP Basic, tokens, 401); everything else is a page. */
        public boolean api() {
            return pattern.startsWith("/api/");
        }

        public boolean hasVariable(String name) {
            return pattern.contains("{" + name + "}");
        }

        /** The pattern with each variable (and "**") replaced by the value given for its name. */
        public String path(Function<String, String> values) {
            Matcher variable = VARIABLE.matcher(pattern);
            StringBuilder path = new StringBuilder();
            while (variable.find()) {
                String name = variable.group(1) != null ? variable.group(1) : variable.group(2);
                String value = values.apply(name);
                if (value == null) {
                    throw new AssertionError("no value for " + name + " in " + this);
                }
                variable.appendReplacement(path, Matcher.quoteReplacement(value));
            }
            return variable.appendTail(path).toString();
        }

        @Override
        public int compareTo(Endpoint other) {
            return ORDER.compare(this, other);
        }

        @Override
        public String toString() {
            return method.name() + " " + pattern;
        }
    }

    public static SortedSet<Endpoint> of(ApplicationContext context) {
        SortedSet<Endpoint> endpoints = new TreeSet<>();
        for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                for (String pattern : info.getPatternValues()) {
                    if (methods.isEmpty()) {
                        endpoints.add(new Endpoint(HttpMethod.GET, pattern));
                    }
                    methods.forEach(m -> endpoints.add(new Endpoint(HttpMethod.valueOf(m.name()), pattern)));
                }
            }
        }
        return endpoints;
    }
}
