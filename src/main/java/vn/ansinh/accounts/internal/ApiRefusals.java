package vn.ansinh.accounts.internal;

import java.io.IOException;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.servlet.LocaleResolver;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.ansinh.shared.ProblemResponses;

/**
 * The API's answer when the security filters refuse a request — not signed in (401), or a role that may not
 * (403) — in the same problem shape and the user's language as every other refusal of the API.
 */
class ApiRefusals implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final MessageSource messages;
    private final LocaleResolver locales;

    ApiRefusals(MessageSource messages, LocaleResolver locales) {
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        write(request, response, HttpStatus.UNAUTHORIZED, "NOT_SIGNED_IN");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(request, response, HttpStatus.FORBIDDEN, "NOT_ALLOWED");
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String kind)
            throws IOException {
        var locale = locales.resolveLocale(request);
        String code = "api.problem." + kind;
        ProblemResponses.write(response, status.value(), messages.getMessage(code, null, locale),
                messages.getMessage(code + ".detail", null, locale), request.getRequestURI(), code);
    }
}
