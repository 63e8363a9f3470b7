package vn.ansinh.planning.web;

import java.net.URI;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.ansinh.planning.NextYear;
import vn.ansinh.programme.Programme;

/** Next year's programme as an API call, for administrators. */
@RestController
@Tag(name = "Programmes", description = "Coordination programmes")
class NextYearApiController {

    private final NextYear nextYear;

    NextYearApiController(NextYear nextYear) {
        this.nextYear = nextYear;
    }

    @PostMapping("/api/v1/programmes/{id}/next-year")
    @Operation(summary = "Create next year's programme from this one (year: the new programme's year, which must "
            + "be the next): 201 with its id; 409 when that year has a programme already; administrators only")
    ResponseEntity<Created> create(@PathVariable long id, @RequestParam int year) {
        NextYearErrors.requireKnown(nextYear, id);
        Programme created = nextYear.create(id, year);
        return ResponseEntity.created(URI.create("/api/v1/programmes/" + created.id()))
                .body(new Created(created.id(), created.programmeYear(), id));
    }

    record Created(long id, int year, long fromProgramme) {
    }
}
