package vn.ansinh.dashboard.web;

import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import tools.jackson.databind.json.JsonMapper;
import vn.ansinh.commitments.PeriodNames;
import vn.ansinh.commitments.ProgressBook;
import vn.ansinh.dashboard.Dashboard;
import vn.ansinh.dashboard.Dashboards;
import vn.ansinh.meetings.ActionItems;
import vn.ansinh.responsibility.Responsibilities;
import vn.ansinh.responsibility.UnknownDepartmentException;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.targets.IndicatorNames;
import vn.ansinh.units.UnitNames;

/**
 * «Bảng điều hành»: the page draws its tables on the server; the charts' figures travel in a data
 * attribute as JSON (the Content-Security-Policy allows no inline script) and /js/dashboard.js draws them.
 */
@Controller
class DashboardPageController {

    private final Dashboards dashboards;
    private final JsonMapper json;
    private final IndicatorNames indicatorNames;
    private final UnitNames unitNames;
    private final Responsibilities responsibilities;
    private final DomainRegisters registers;
    private final ProgressBook progress;
    private final PeriodNames periodNames;
    private final ActionItems actionItems;

    DashboardPageController(Dashboards dashboards, JsonMapper json, IndicatorNames indicatorNames, UnitNames unitNames,
            Responsibilities responsibilities, DomainRegisters registers, ProgressBook progress, PeriodNames periodNames,
            ActionItems actionItems) {
        this.progress = progress;
        this.periodNames = periodNames;
        this.registers = registers;
        this.actionItems = actionItems;
        this.dashboards = dashboards;
        this.responsibilities = responsibilities;
        this.json = json;
        this.indicatorNames = indicatorNames;
        this.unitNames = unitNames;
    }

    /** department: the code of the department whose part alone is shown; none, the whole programme. */
    @GetMapping("/programmes/{id}/dashboard")
    String dashboard(@PathVariable long id, @RequestParam(required = false) String department, Model model,
            AccessScope scope, Locale locale) {
        Dashboard dashboard;
        try {
            dashboard = dashboards.of(id, scope, department).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        } catch (UnknownDepartmentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("programmeId", id);
        model.addAttribute("departments", responsibilities.during(dashboard.year()));
        model.addAttribute("department", department == null ? "" : department.strip());
        model.addAttribute("dashboard", dashboard);
        model.addAttribute("charts", json.writeValueAsString(charts(dashboard)));
        model.addAttribute("overdueActionItems", actionItems.overdue(id, scope));
        if (department == null || department.isBlank()) {
            registers.addTo(model, id, dashboard.asOf(), scope);
        }
        progress.standingsOfLatestPeriod(id).ifPresent(latest -> {
            model.addAttribute("partyStandings", latest.getValue());
            model.addAttribute("standingsPeriod", periodNames.of(latest.getKey().code(), locale));
        });
        return "dashboard/dashboard";
    }

    /** The charts' figures with their names — communes, series — in the page's language: the script draws them as given. */
    private Charts charts(Dashboard dashboard) {
        List<Dashboard.CommuneRate> rates = dashboard.povertyRates().stream()
                .map(r -> new Dashboard.CommuneRate(r.unitId(), unitNames.label(r.unitId(), r.name()), r.rate())).toList();
        List<Dashboard.Series> series = dashboard.trend().series().stream()
                .map(s -> new Dashboard.Series(s.code(), indicatorNames.of(s.code(), s.name()), s.cumulative())).toList();
        return new Charts(rates, new Dashboard.Trend(series));
    }

    record Charts(List<Dashboard.CommuneRate> povertyRates, Dashboard.Trend trend) {
    }
}
