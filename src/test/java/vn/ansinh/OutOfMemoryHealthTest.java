package vn.ansinh;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.LivenessState;
import org.springframework.boot.health.contributor.Status;

import jakarta.servlet.ServletException;

/** A server that met an OutOfMemoryError says so: health DOWN, liveness BROKEN, so a supervisor restarts it. */
class OutOfMemoryHealthTest {

    @Test
    void anOutOfMemoryErrorInARequestMakesTheServerDownAndBroken() {
        List<Object> published = new ArrayList<>();
        OutOfMemoryHealth health = new OutOfMemoryHealth(published::add,
                Clock.fixed(Instant.parse("2026-12-07T01:00:00Z"), ZoneOffset.UTC));
        health.met(new ServletException("Handler dispatch failed", new IllegalStateException("other")));
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);

        health.met(new ServletException("Handler dispatch failed", new OutOfMemoryError("Java heap space")));

        assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.health().getDetails()).containsEntry("outOfMemorySince", "2026-12-07T01:00:00Z");
        assertThat(published).singleElement().extracting(e -> ((AvailabilityChangeEvent<?>) e).getState())
                .isEqualTo(LivenessState.BROKEN);
    }
}
