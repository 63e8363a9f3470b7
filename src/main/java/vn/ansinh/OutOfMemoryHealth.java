package vn.ansinh;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.LivenessState;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A server that ran out of memory may go on running with threads dead and never answer again, its process
 * alive: no supervisor would restart it. Once any request (or any thread) has met an OutOfMemoryError, the
 * health endpoint says DOWN and the liveness state is BROKEN, so a supervisor restarts ansinh.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class OutOfMemoryHealth extends OncePerRequestFilter implements HealthIndicator {

    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AtomicReference<Instant> since = new AtomicReference<>();

    OutOfMemoryHealth(ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.clock = clock;
        Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, thrown) -> {
            met(thrown);
            if (before != null) {
                before.uncaughtException(thread, thrown);
            }
        });
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException | Error e) {
            met(e);
            throw e;
        }
    }

    /** Marks the server broken when the error, or what caused it, is an OutOfMemoryError. */
    void met(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof OutOfMemoryError && since.compareAndSet(null, clock.instant())) {
                AvailabilityChangeEvent.publish(events, this, LivenessState.BROKEN);
                return;
            }
        }
    }

    @Override
    public Health health() {
        Instant broken = since.get();
        return broken == null ? Health.up().build() : Health.down().withDetail("outOfMemorySince", broken.toString()).build();
    }
}
