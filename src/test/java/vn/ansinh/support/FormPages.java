package vn.ansinh.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Sending a form and reading its page as the user sees it: the message beside a field. */
public final class FormPages {

    private FormPages() {
    }

    /** A form posted (with its CSRF token): the fields given, each of the changes (name, value, name, value…) replacing one. */
    public static MockHttpServletRequestBuilder form(String url, Map<String, String> fields, String... changes) {
        Map<String, String> sent = new LinkedHashMap<>(fields);
        for (int i = 0; i < changes.length; i += 2) {
            sent.put(changes[i], changes[i + 1]);
        }
        MockHttpServletRequestBuilder form = post(url).with(csrf());
        sent.forEach(form::param);
        return form;
    }

    /** The form is refused (422) with the message beside the field, and nothing is written to any table. */
    public static void assertRefused(MockMvc mvc, JdbcClient jdbc, MockHttpServletRequestBuilder request, String field,
            String message) throws Exception {
        RowCounts before = RowCounts.of(jdbc);
        String page = mvc.perform(request).andExpect(status().isUnprocessableContent()).andReturn().getResponse()
                .getContentAsString();
        assertThat(problemOf(page, field)).as("the message beside %s", field).isEqualTo(message);
        assertThat(withUniqueIds(page)).contains("aria-describedby=\"" + field + "-problem\"", "is-invalid");
        assertThat(RowCounts.of(jdbc).changesSince(before)).as("nothing written").isEmpty();
    }

    /** No id is given twice on the page: each label and message finds its one field. */
    public static String withUniqueIds(String page) {
        Matcher id = Pattern.compile("\\bid=\"([^\"]+)\"").matcher(page);
        java.util.List<String> ids = new java.util.ArrayList<>();
        while (id.find()) {
            ids.add(id.group(1));
        }
        assertThat(ids).as("the ids of the page").isNotEmpty().doesNotHaveDuplicates();
        return page;
    }

    /** The message shown beside the field (the element with id field + "-problem"), or null when there is none. */
    public static String problemOf(String page, String field) {
        Matcher message = Pattern.compile("<div[^>]*\\bid=\"" + Pattern.quote(field) + "-problem\"[^>]*>([^<]*)</div>")
                .matcher(page);
        return message.find() ? message.group(1).strip() : null;
    }
}
