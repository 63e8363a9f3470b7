package vn.ansinh;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RequestLinksTest {

    private final RequestLinks registry = RequestLinks.of("/registry", parameters());

    private static Map<String, String[]> parameters() {
        Map<String, String[]> parameters = new LinkedHashMap<>();
        parameters.put("unit", new String[] {"5"});
        parameters.put("q", new String[] {"Nguyễn Văn {A}"});
        parameters.put("page", new String[] {"3"});
        parameters.put("_csrf", new String[] {"secret"});
        return parameters;
    }

    @Test
    void anotherPageKeepsTheFilterAndEncodesIt() {
        assertThat(registry.with("page", 4))
                .isEqualTo("/registry?unit=5&q=Nguy%E1%BB%85n%20V%C4%83n%20%7BA%7D&page=4");
    }

    @Test
    void anotherFilterStartsAtTheFirstPageAndTheLanguageKeepsThePage() {
        assertThat(registry.with("unit", 7)).isEqualTo("/registry?q=Nguy%E1%BB%85n%20V%C4%83n%20%7BA%7D&unit=7");
        assertThat(registry.with("q", "")).isEqualTo("/registry?unit=5");
        assertThat(registry.inLanguage("en")).endsWith("&page=3&lang=en");
    }
}
