package vn.ansinh.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import vn.ansinh.support.PageActions.Action;

/**
 * Walks the pages a signed-in user reaches from some first pages, and tries every link and form they
 * show, as the user would click it. A link must answer (no 4xx or 5xx: a link to a page that refuses or
 * fails is a dead end); a form may be refused for what it holds (400, 422, a conflict) but never for who
 * sends it (401, 403, 404, 405, a redirect to sign in). Forms are sent in a transaction rolled back
 * afterwards, so the walk changes nothing. Links of one shape (each household of a list, each table, each
 * period's report) are tried once per user, one standing for its kind (AuthorizationMatrixTest checks every
 * endpoint for every role and programme). A page reached by a link is read from the answer to that link, not
 * asked for again.
 */
public final class PageCrawl {

    private static final int PER_SHAPE = 1;
    private static final int DEPTH = 1;

    private final MockMvc mvc;
    private final TransactionTemplate transactions;
    private final MockHttpSession session;
    private final Set<String> tried = new HashSet<>();
    private final Map<String, Integer> shapes = new HashMap<>();
    private final List<String> refused = new ArrayList<>();

    private PageCrawl(MockMvc mvc, TransactionTemplate transactions, MockHttpSession session) {
        this.mvc = mvc;
        this.transactions = transactions;
        this.session = session;
    }

    /** Every action shown to the user of the session that refuses them, with the page it is on and the answer. */
    public static List<String> refusedActions(MockMvc mvc, TransactionTemplate transactions, MockHttpSession session,
            List<String> firstPages) throws Exception {
        PageCrawl crawl = new PageCrawl(mvc, transactions, session);
        Deque<Visit> pages = new ArrayDeque<>();
        for (String page : firstPages) {
            pages.add(new Visit(page, 0, null));
        }
        while (!pages.isEmpty()) {
            crawl.visit(pages.poll(), pages);
        }
        return crawl.refused;
    }

    /** A page to walk; answer is what its link already answered, null for a first page. */
    private record Visit(String uri, int depth, MockHttpServletResponse answer) {
    }

    private void visit(Visit visit, Deque<Visit> pages) throws Exception {
        MockHttpServletResponse page = visit.answer() != null ? visit.answer()
                : mvc.perform(request(HttpMethod.GET, visit.uri()).session(session)).andReturn().getResponse();
        if (page.getStatus() != 200 || !String.valueOf(page.getContentType()).startsWith("text/html")) {
            return;
        }
        for (Action action : PageActions.of(page.getContentAsString(StandardCharsets.UTF_8), visit.uri())) {
            if (!tried.add(action.method() + " " + action.uri()) || shapes.merge(action.shape(), 1, Integer::sum) > PER_SHAPE) {
                continue;
            }
            MockHttpServletResponse answer = action.method() == HttpMethod.GET ? mvc.perform(
                    request(HttpMethod.GET, action.uri()).session(session)).andReturn().getResponse() : send(action);
            if (refuses(action, answer)) {
                refused.add(action + ": " + answer.getStatus() + location(answer));
            } else if (action.method() == HttpMethod.GET && visit.depth() < DEPTH) {
                pages.add(new Visit(action.uri(), visit.depth() + 1, answer));
            }
        }
    }

    private MockHttpServletResponse send(Action action) {
        return transactions.execute(status -> {
            status.setRollbackOnly();
            AbstractMockHttpServletRequestBuilder<?> form = action.multipart()
                    ? multipart(action.method(), action.path()) : request(action.method(), action.path());
            action.parameters().forEach((name, values) -> values.forEach(value -> form.param(name, value)));
            try {
                return mvc.perform(form.session(session).with(csrf())).andReturn().getResponse();
            } catch (Exception e) {
                throw new IllegalStateException(action.toString(), e);
            }
        });
    }

    private static boolean refuses(Action action, MockHttpServletResponse answer) {
        int status = answer.getStatus();
        String location = String.valueOf(answer.getHeader(HttpHeaders.LOCATION));
        if (status / 100 == 3 && location.replaceFirst("^https?://[^/]+", "").startsWith("/login")) {
            return true;
        }
        if (action.method() == HttpMethod.GET) {
            return status >= 400;
        }
        return status == 401 || status == 403 || status == 404 || status == 405;
    }

    private static String location(MockHttpServletResponse answer) {
        String location = answer.getHeader(HttpHeaders.LOCATION);
        return location == null ? "" : " → " + location;
    }
}
