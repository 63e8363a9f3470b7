package vn.ansinh.dashboard.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import tools.jackson.databind.json.JsonMapper;
import vn.ansinh.dashboard.Dashboard;
import vn.ansinh.dashboard.Dashboards;
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

    DashboardPageController(Dashboards dashboards, JsonMapper json, IndicatorNames indicatorNames, UnitNames unitNames) {
        this.dashboards = dashboards;
        this.json = json;
        this.indicatorNames = indicatorNames;
        this.unitNames = unitNames;
    }

    @GetMapping("/programmes/{id}/dashboard")
    String dashboard(@PathVariable long id, Model model, AccessScope scope) {
        Dashboard dashboard = dashboards.of(id, scope).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("programmeId", id);
        model.addAttribute("dashboard", dashboard);
        model.addAttribute("charts", json.writeValueAsString(charts(dashboard)));
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
