package vn.ansinh.relief.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import io.swagger.v3.oas.annotations.Operation;
import vn.ansinh.relief.AffectedHousehold;
import vn.ansinh.relief.EventReport;
import vn.ansinh.relief.Relief;
import vn.ansinh.relief.ReliefEventSummary;
import vn.ansinh.relief.ReliefGiven;
import vn.ansinh.relief.ReliefTotals;
import vn.ansinh.shared.AccessScope;

/** Emergency relief as records: a commune's events of a year, and one event with its households and totals. */
@RestController
class ReliefApiController {

    private final Relief relief;
    private final ReliefCommunes communes;

    ReliefApiController(Relief relief, ReliefCommunes communes) {
        this.relief = relief;
        this.communes = communes;
    }

    @GetMapping("/api/v1/relief/events")
    @Operation(summary = "The events (storm, flood, drought, fire, hunger before the harvest) that hit the commune in the "
            + "year (this year without year=), oldest first, each with the commune's households affected and relieved, "
            + "rice in kg and money in đồng; 404 for a commune the caller does not read")
    List<ReliefEventSummary> events(@RequestParam long unit, @RequestParam(required = false) Integer year,
            AccessScope scope) {
        if (!scope.canRead(unit)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return relief.ofCommune(unit, year == null ? communes.thisYear() : year, scope);
    }

    @GetMapping("/api/v1/relief/events/{id}")
    @Operation(summary = "One event with the communes of it the caller reads: each commune's affected households, their "
            + "damage and the relief given, the commune's totals, and the totals over those communes")
    EventJson event(@PathVariable long id, AccessScope scope) {
        return EventJson.of(relief.report(id, scope).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
    }

    record EventJson(long id, String kind, String name, LocalDate struckOn, List<Long> unitIds, ReliefTotals totals,
            List<CommuneJson> communes) {

        static EventJson of(EventReport r) {
            return new EventJson(r.event().id(), r.event().kind().name(), r.event().name(), r.event().struckOn(),
                    r.event().unitIds(), r.totals(), r.communes().stream().map(CommuneJson::of).toList());
        }
    }

    record CommuneJson(long unitId, ReliefTotals totals, List<HouseholdJson> households) {

        static CommuneJson of(EventReport.Commune c) {
            return new CommuneJson(c.unitId(), c.totals(), c.lines().stream().map(HouseholdJson::of).toList());
        }
    }

    record HouseholdJson(long id, String headName, String village, Long householdId, String damage, Integer people,
            BigDecimal estimatedValue, List<ReliefGiven> relief) {

        static HouseholdJson of(EventReport.Line l) {
            AffectedHousehold h = l.household();
            return new HouseholdJson(h.id(), h.headName(), h.village(), h.householdId(), h.damage().name(), h.people(),
                    h.estimatedValue(), l.relief());
        }
    }
}
