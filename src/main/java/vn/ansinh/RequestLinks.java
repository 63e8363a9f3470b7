package vn.ansinh;

import java.util.List;
import java.util.Map;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The page being shown as a link to itself with one parameter changed, every other parameter kept: a
 * page of a list, the other language, a filter. Pages get it as {@code here}: {@code ${here.with('page', 2)}}.
 */
public record RequestLinks(String path, MultiValueMap<String, String> parameters) {

    public RequestLinks {
        parameters = new LinkedMultiValueMap<>(parameters);
    }

    static RequestLinks of(String path, Map<String, String[]> parameters) {
        MultiValueMap<String, String> kept = new LinkedMultiValueMap<>();
        parameters.forEach((name, values) -> kept.put(name, List.of(values)));
        kept.remove("_csrf");
        return new RequestLinks(path, kept);
    }

    /** This page with the parameter set to the value (none: left out); a list's page goes back to the first. */
    public String with(String name, Object value) {
        MultiValueMap<String, String> changed = new LinkedMultiValueMap<>(parameters);
        changed.remove(name);
        if (!"page".equals(name)) {
            changed.remove("page");
        }
        if (value != null && !value.toString().isEmpty()) {
            changed.add(name, value.toString());
        }
        return UriComponentsBuilder.fromPath(path).queryParams(changed).build().encode().toUriString();
    }

    /** This page in another language: the list stays on its page. */
    public String inLanguage(String language) {
        MultiValueMap<String, String> changed = new LinkedMultiValueMap<>(parameters);
        changed.remove("lang");
        changed.add("lang", language);
        return UriComponentsBuilder.fromPath(path).queryParams(changed).build().encode().toUriString();
    }
}
