package vn.ansinh;

import java.io.IOException;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.ansinh.shared.ProblemResponses;

/**
 * Refuses an upload larger than ansinh takes before anything reads it — the security filters read the
 * form's CSRF token, and a body past the container's limit there gets Tomcat's English page — and says
 * so in the user's language: an RFC 9457 problem for the API, an alert for an htmx form, the error page otherwise.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class UploadLimitFilter extends OncePerRequestFilter {

    static final String LIMIT_ATTRIBUTE = "ansinh.uploadLimitMegabytes";

    private final UploadProperties properties;
    private final MessageSource messages;
    private final LocaleResolver locales;

    UploadLimitFilter(UploadProperties properties, MessageSource messages, LocaleResolver locales) {
        this.properties = properties;
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        long limit = properties.maxSize().toBytes();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/") || request.getContentLengthLong() <= limit) {
            chain.doFilter(request, response);
            return;
        }
        long megabytes = properties.maxSize().toMegabytes();
        String message = messages.getMessage("upload.tooLarge", new Object[] {megabytes}, locales.resolveLocale(request));
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            String title = messages.getMessage("api.problem.TOO_LARGE", null, locales.resolveLocale(request));
            ProblemResponses.write(response, HttpStatus.CONTENT_TOO_LARGE.value(), title, message, request.getRequestURI(),
                    "upload.tooLarge");
        } else if ("true".equals(request.getHeader("HX-Request"))) {
            // In place of the form's result: the page's own hx-select would find nothing in this answer.
            response.setHeader("HX-Reselect", "#upload-too-large");
            response.setHeader("HX-Reswap", "innerHTML");
            write(response, "text/html", "<div class=\"alert alert-danger\" role=\"alert\" id=\"upload-too-large\">"
                    + HtmlUtils.htmlEscape(message) + "</div>");
        } else {
            request.setAttribute(LIMIT_ATTRIBUTE, megabytes);
            response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
        }
    }

    private static void write(HttpServletResponse response, String type, String body) throws IOException {
        response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
        response.setContentType(type + ";charset=UTF-8");
        response.getWriter().write(body);
    }
}
