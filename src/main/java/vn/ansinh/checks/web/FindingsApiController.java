package vn.ansinh.checks.web;

import java.util.List;
import java.util.Locale;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.ansinh.shared.AccessScope;

/** The figure check as JSON. */
@RestController
@Tag(name = "Figure check", description = "Printed figures that disagree with what ansinh computes")
class FindingsApiController {

    private final FindingViews views;

    FindingsApiController(FindingViews views) {
        this.views = views;
    }

    @GetMapping("/api/v1/programmes/{id}/findings")
    @Operation(summary = "Every printed figure that disagrees: table, row, column, printed, computed, rule; "
            + "only about the rows and columns the user may see")
    List<FindingJson> findings(@PathVariable long id, Locale locale, AccessScope scope) {
        return views.findings(id, locale, scope);
    }
}
