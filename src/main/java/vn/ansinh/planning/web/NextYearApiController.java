package vn.ansinh.planning.web;

import java.net.URI;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.ansinh.planning.NextYear;
import vn.ansinh.planning.NextYearException;
import vn.ansinh.programme.Programme;

/** Next year's programme as an API call, for administrators. */
@RestController
@Tag(name = "Programmes", description = "Coordination programmes")
class NextYearApiController {

    private final NextYear nextYear;
    private final MessageSource messages;

    NextYearApiController(NextYear nextYear, MessageSource messages) {
        this.nextYear = nextYear;
        this.messages = messages;
    }

    @PostMapping("/api/v1/programmes/{id}/next-year")
    @Operation(summary = "Create next year's programme from this one (year: the new programme's year, which must "
            + "be the next): 201 with its id; 409 when that year has a programme already; administrators only")
    ResponseEntity<Object> create(@PathVariable long id, @RequestParam int year, Locale locale) {
        NextYearErrors.requireKnown(nextYear, id);
        try {
            Programme created = nextYear.create(id, year);
            return ResponseEntity.created(URI.create("/api/v1/programmes/" + created.id()))
                    .body(new Created(created.id(), created.programmeYear(), id));
        } catch (NextYearException e) {
            HttpStatus status = "nextYear.exists".equals(e.code()) ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
            return ResponseEntity.status(status).body(new Refused(e.code(), NextYearErrors.message(messages, e, locale)));
        }
    }

    record Created(long id, int year, long fromProgramme) {
    }

    record Refused(String error, String message) {
    }
}
