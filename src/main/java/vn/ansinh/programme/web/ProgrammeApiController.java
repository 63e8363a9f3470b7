package vn.ansinh.programme.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.ansinh.shared.AccessScope;

/** Programmes as JSON. */
@RestController
@RequestMapping("/api/v1/programmes")
@Tag(name = "Programmes", description = "Coordination programmes")
class ProgrammeApiController {

    private final ProgrammeViews views;

    ProgrammeApiController(ProgrammeViews views) {
        this.views = views;
    }

    @GetMapping
    @Operation(summary = "The programmes the user may read, newest year first: id, year, title, coordinating unit")
    List<ProgrammeSummary> list(AccessScope scope) {
        return views.summaries(scope);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One programme with its document reference; 404 when unknown or not the user's to read")
    ProgrammeSummary one(@PathVariable long id, AccessScope scope) {
        return views.summary(id, scope);
    }
}
