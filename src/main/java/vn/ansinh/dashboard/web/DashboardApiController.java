package vn.ansinh.dashboard.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.ansinh.dashboard.Dashboard;
import vn.ansinh.dashboard.Dashboards;
import vn.ansinh.shared.AccessScope;

/** The leaders' dashboard as JSON: the same figures the page charts. */
@RestController
@Tag(name = "Dashboard")
class DashboardApiController {

    private final Dashboards dashboards;

    DashboardApiController(Dashboards dashboards) {
        this.dashboards = dashboards;
    }

    @GetMapping("/api/v1/programmes/{id}/dashboard")
    @Operation(summary = "Targets against the pace of the year, poverty rate by commune, monthly trend, plan against actual, "
            + "ranking; with department (a code of GET /api/v1/responsibilities), only what that department was "
            + "responsible for in the programme's year (404 for a department with no part that year)")
    Dashboard dashboard(@PathVariable long id, @RequestParam(required = false) String department, AccessScope scope) {
        return dashboards.of(id, scope, department).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
