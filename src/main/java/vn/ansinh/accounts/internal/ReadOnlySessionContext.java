package vn.ansinh.accounts.internal;

import java.util.Set;

import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The API reads the signed-in page session for reading only: a GET (the «Dữ liệu JSON» links of
 * the pages) answers for whoever is signed in, while a write must still bring HTTP Basic or a
 * token. A cross-site form can therefore never write through the session, so the API needs no CSRF
 * token; and the API never creates or changes a session.
 */
class ReadOnlySessionContext implements SecurityContextRepository {

    private static final Set<String> READS = Set.of("GET", "HEAD");

    private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    @Override
    public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
        return READS.contains(request.getMethod()) ? sessions.loadDeferredContext(request) : new Empty();
    }

    @Override
    @Deprecated
    public SecurityContext loadContext(HttpRequestResponseHolder holder) {
        return loadDeferredContext(holder.getRequest()).get();
    }

    @Override
    public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
        // Stateless: the API never writes a session.
    }

    @Override
    public boolean containsContext(HttpServletRequest request) {
        return READS.contains(request.getMethod()) && sessions.containsContext(request);
    }

    private static final class Empty implements DeferredSecurityContext {

        /** One context for the request: what a filter puts in it must be there when it is read again. */
        private SecurityContext context;

        @Override
        public SecurityContext get() {
            if (context == null) {
                context = SecurityContextHolder.createEmptyContext();
            }
            return context;
        }

        @Override
        public boolean isGenerated() {
            return true;
        }
    }
}
