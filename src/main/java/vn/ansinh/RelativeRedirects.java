package vn.ansinh;

import java.io.IOException;
import java.net.URI;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Every redirect ansinh answers names a path, never a host: Spring Security builds some from the request's Host
 * header (the page saved before signing in, for one), which anyone can set. An absolute address is cut to its path
 * and query, which the browser resolves against the address it already asked — so no Location names a host a
 * request made up. Ahead of every other filter, so the security filters' redirects pass through it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RelativeRedirects extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void sendRedirect(String location) throws IOException {
                resetBuffer();
                setStatus(HttpServletResponse.SC_FOUND);
                setHeader(HttpHeaders.LOCATION, relative(location));
                flushBuffer();
            }

            @Override
            public void setHeader(String name, String value) {
                super.setHeader(name, HttpHeaders.LOCATION.equalsIgnoreCase(name) ? relative(value) : value);
            }

            @Override
            public void addHeader(String name, String value) {
                super.addHeader(name, HttpHeaders.LOCATION.equalsIgnoreCase(name) ? relative(value) : value);
            }
        });
    }

    /** The path and query of an address, or the address if it names no host; a broken one leads to the start page. */
    static String relative(String location) {
        if (location == null) {
            return null;
        }
        try {
            URI uri = URI.create(location);
            if (uri.getRawAuthority() == null && uri.getScheme() == null) {
                return location.startsWith("//") || location.startsWith("/\\") ? "/" : location;
            }
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }
}
