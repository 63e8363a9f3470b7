package vn.ansinh;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.ansinh.shared.ProblemResponses;

/**
 * As many requests at a time as the pool has connections; the others wait here, in order of arrival. A request
 * takes a connection many times (its account, its scope, the menu, each read) and never two at once, so one let
 * in always finds a connection free: requests beyond the pool queue for their turn instead of each waiting for
 * the pool at every step until it gives up with a server error. Only a wait longer than the bound (a server
 * overloaded for minutes) is answered, with 503 and Retry-After. Files (scripts, styles) need no turn.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class DatabaseAdmission extends OncePerRequestFilter {

    private static final String[] FILES = {"/css/", "/js/", "/webjars/", "/favicon.ico"};

    private final Semaphore turns;
    private final Duration longestWait;
    private final MessageSource messages;
    private final LocaleResolver locales;

    DatabaseAdmission(@Value("${spring.datasource.hikari.maximum-pool-size:10}") int connections,
            @Value("${ansinh.load.longest-wait:120s}") Duration longestWait, MessageSource messages, LocaleResolver locales) {
        this.turns = new Semaphore(connections, true);
        this.longestWait = longestWait;
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        for (String files : FILES) {
            if (path.startsWith(files)) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!waitForTurn()) {
            busy(request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            turns.release();
        }
    }

    private boolean waitForTurn() throws ServletException {
        try {
            return turns.tryAcquire(longestWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServletException(e);
        }
    }

    private void busy(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String detail = messages.getMessage("error.busy", null, locales.resolveLocale(request));
        response.setHeader(HttpHeaders.RETRY_AFTER, "30");
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            String title = messages.getMessage("api.problem.busy", null, locales.resolveLocale(request));
            ProblemResponses.write(response, HttpStatus.SERVICE_UNAVAILABLE.value(), title, detail, request.getRequestURI(),
                    "error.busy");
        } else {
            response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value(), detail);
        }
    }
}
