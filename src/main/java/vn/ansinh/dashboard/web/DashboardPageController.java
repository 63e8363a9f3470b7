package vn.ansinh.dashboard.web;

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

/**
 * «Bảng điều hành»: the page draws its tables on the server; the charts' figures travel in a data
 * attribute as JSON (the Content-Security-Policy allows no inline script) and /js/dashboard.js draws them.
 */
@Controller
class DashboardPageController {

    private final Dashboards dashboards;
    private final JsonMapper json;

    DashboardPageController(Dashboards dashboards, JsonMapper json) {
        this.dashboards = dashboards;
        this.json = json;
    }

    @GetMapping("/programmes/{id}/dashboard")
    String dashboard(@PathVariable long id, Model model, AccessScope scope) {
        Dashboard dashboard = dashboards.of(id, scope).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("programmeId", id);
        model.addAttribute("dashboard", dashboard);
        model.addAttribute("charts", json.writeValueAsString(new Charts(dashboard.povertyRates(), dashboard.trend())));
        return "dashboard/dashboard";
    }

    record Charts(java.util.List<Dashboard.CommuneRate> povertyRates, Dashboard.Trend trend) {
    }
}
