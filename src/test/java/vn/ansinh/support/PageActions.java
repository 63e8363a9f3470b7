package vn.ansinh.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.http.HttpMethod;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What a page offers its user: every link (a[href]) and every form (form[action], a form without one
 * sends to the page itself) as the request a click would make — a form with the values it shows
 * (hidden fields, typed values, the selected option, checked boxes). Links out of ansinh, anchors
 * signing out and the language switch (the page itself again) are left out.
 */
public final class PageActions {

    /** One request a user can make from a page; parameters are the form's fields or the link's query. */
    public record Action(HttpMethod method, String path, MultiValueMap<String, String> parameters, boolean multipart,
            String shownOn) {

        /** The path with its numbers as "#": links of one kind (each household of a list, each table) look alike. */
        public String shape() {
            return method + " " + path.replaceAll("\\d+", "#");
        }

        public String uri() {
            return UriComponentsBuilder.fromPath(path).queryParams(parameters).build().toUriString();
        }

        @Override
        public String toString() {
            return method + " " + uri() + " (on " + shownOn + ")";
        }
    }

    private PageActions() {
    }

    /** The actions of the HTML page found at pageUri. */
    public static List<Action> of(String html, String pageUri) {
        Document page = Jsoup.parse(html);
        List<Action> actions = new ArrayList<>();
        for (Element link : page.select("a[href]")) {
            String href = link.attr("href");
            UriComponents uri = UriComponentsBuilder.fromUriString(href).build();
            if (href.startsWith("/") && !href.startsWith("//") && !uri.getQueryParams().containsKey("lang")) {
                actions.add(new Action(HttpMethod.GET, uri.getPath(), decoded(uri.getQueryParams()), false, pageUri));
            }
        }
        for (Element form : page.select("form")) {
            String target = form.hasAttr("action") ? form.attr("action") : pageUri;
            UriComponents uri = UriComponentsBuilder.fromUriString(target.isEmpty() ? pageUri : target).build();
            if (uri.getPath() == null || uri.getPath().equals("/logout")) {
                continue;
            }
            HttpMethod method = "post".equalsIgnoreCase(form.attr("method")) ? HttpMethod.POST : HttpMethod.GET;
            MultiValueMap<String, String> fields = method == HttpMethod.GET
                    ? new LinkedMultiValueMap<>() : decoded(uri.getQueryParams());
            values(form, method == HttpMethod.POST).forEach(fields::add);
            boolean multipart = "multipart/form-data".equalsIgnoreCase(form.attr("enctype"));
            actions.add(new Action(method, uri.getPath(), fields, multipart, pageUri));
        }
        return actions;
    }

    /**
     * The values a form sends, each field once (the first of fields sharing a name): as shown, and for a
     * form that changes something, its blank fields filled in as a user would, so that it gets past the
     * checks of what was typed to the check of who sends it.
     */
    private static Map<String, String> values(Element form, boolean filled) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Element field : form.select("input[name], select[name], textarea[name]")) {
            String name = field.attr("name");
            // A <template>'s fields (a row added by script) are not sent by a browser.
            if (values.containsKey(name) || "_csrf".equals(name) || field.hasAttr("disabled")
                    || !field.parents().select("template").isEmpty()) {
                continue;
            }
            String type = field.attr("type").toLowerCase();
            if (type.equals("file") || type.equals("submit")) {
                continue;
            }
            if ((type.equals("checkbox") || type.equals("radio")) && !field.hasAttr("checked")) {
                continue;
            }
            String value = valueOf(field);
            values.put(name, filled && value.isEmpty() ? typical(field) : value);
        }
        return values;
    }

    private static String typical(Element field) {
        return switch (field.attr("type").toLowerCase()) {
            case "date" -> "2019-03-15";
            case "month" -> "2019-03";
            case "number" -> "1";
            case "hidden" -> "";
            default -> field.tagName().equals("select") ? "" : "Kiểm tra";
        };
    }

    private static String valueOf(Element field) {
        if (field.tagName().equals("select")) {
            Element chosen = field.selectFirst("option[selected]");
            chosen = chosen != null ? chosen : field.selectFirst("option");
            return chosen == null ? "" : chosen.hasAttr("value") ? chosen.attr("value") : chosen.text();
        }
        if (field.tagName().equals("textarea")) {
            return field.text();
        }
        return field.hasAttr("value") ? field.attr("value") : field.attr("type").equals("checkbox") ? "on" : "";
    }

    private static MultiValueMap<String, String> decoded(MultiValueMap<String, String> query) {
        MultiValueMap<String, String> decoded = new LinkedMultiValueMap<>();
        query.forEach((name, values) -> values.forEach(value -> decoded.add(
                java.net.URLDecoder.decode(name, java.nio.charset.StandardCharsets.UTF_8),
                value == null ? "" : java.net.URLDecoder.decode(value, java.nio.charset.StandardCharsets.UTF_8))));
        return decoded;
    }
}
