package vn.ansinh.outreach.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.ansinh.outreach.Outreach;
import vn.ansinh.outreach.OutreachBook;
import vn.ansinh.shared.AccessScope;

/** A programme's trainings and sessions as the caller reads them, with their totals per commune and per topic. */
@RestController
@Tag(name = "Trainings and outreach")
class OutreachApiController {

    private final Outreach outreach;

    OutreachApiController(Outreach outreach) {
        this.outreach = outreach;
    }

    @GetMapping("/api/v1/programmes/{id}/outreach")
    @Operation(summary = "The programme's trainings of officers (participants per commune or organisation) and its "
            + "propaganda and counselling sessions (topic, commune, audience) in the communes the caller reads, with "
            + "the totals per commune (officers trained, sessions, people reached) and per topic")
    OutreachBook outreach(@PathVariable long id, AccessScope scope) {
        return outreach.book(id, scope).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
