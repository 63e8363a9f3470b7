package vn.ansinh.dashboard.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import io.swagger.v3.oas.annotations.Operation;
import vn.ansinh.dashboard.ProvinceRollup;
import vn.ansinh.dashboard.Rollup;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.units.UnitInTree;
import vn.ansinh.units.UnitKind;
import vn.ansinh.units.UnitNotFoundException;
import vn.ansinh.units.Units;

/**
 * «Tổng hợp theo xã»: a province (or any unit) sees each commune's programme of a year — targets and
 * achievements — and the total, as page and JSON. Anyone signed in; each reads the programmes their scope reads.
 */
@Controller
class RollupController {

    private final ProvinceRollup rollup;
    private final Units units;
    private final Clock clock;

    RollupController(ProvinceRollup rollup, Units units, Clock clock) {
        this.rollup = rollup;
        this.units = units;
        this.clock = clock;
    }

    @GetMapping("/programmes/rollup")
    String page(@RequestParam(required = false) Long unit, @RequestParam(required = false) Integer year,
            AccessScope scope, Model model) {
        int shownYear = year == null ? LocalDate.now(clock).getYear() : year;
        model.addAttribute("unit", unit);
        model.addAttribute("year", shownYear);
        model.addAttribute("above", above());
        if (unit != null && units.byId(unit).isPresent()) {
            model.addAttribute("rollup", rollup.of(unit, shownYear, scope));
            model.addAttribute("unitName", units.byId(unit).orElseThrow());
        }
        return "dashboard/rollup";
    }

    @GetMapping("/api/v1/programmes/rollup")
    @ResponseBody
    @Operation(summary = "Each commune's programme of the year under a unit (a province): per indicator the target and "
            + "the achievement, and the total; only the programmes the caller reads")
    Rollup api(@RequestParam long unit, @RequestParam int year, AccessScope scope) {
        units.byId(unit).orElseThrow(() -> new UnitNotFoundException(String.valueOf(unit), LocalDate.of(year, 1, 1)));
        return rollup.of(unit, year, scope);
    }

    /** Units with communes under them: provinces (and, for past years, districts). */
    private List<UnitInTree> above() {
        List<UnitKind> kinds = List.of(UnitKind.PROVINCE, UnitKind.CENTRAL_CITY, UnitKind.DISTRICT, UnitKind.TOWN,
                UnitKind.URBAN_DISTRICT, UnitKind.PROVINCIAL_CITY);
        return units.tree().stream().filter(e -> kinds.contains(e.unit().kind())).toList();
    }
}
