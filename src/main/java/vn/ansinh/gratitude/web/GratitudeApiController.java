package vn.ansinh.gratitude.web;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import io.swagger.v3.oas.annotations.Operation;
import vn.ansinh.gratitude.GratitudeFund;
import vn.ansinh.gratitude.GratitudeYear;
import vn.ansinh.shared.AccessScope;

/** A commune's gratitude fund of a year, for programs. */
@RestController
class GratitudeApiController {

    private final GratitudeFund fund;
    private final Clock clock;

    GratitudeApiController(GratitudeFund fund, Clock clock) {
        this.fund = fund;
        this.clock = clock;
    }

    @GetMapping("/api/v1/gratitude")
    @Operation(summary = "A commune's gratitude fund (Quỹ Đền ơn đáp nghĩa) of a year (this year without year=YYYY): "
            + "the contributions of its months, the houses handed over (kind BUILT or REPAIRED) and the gifts given "
            + "(occasion WAR_INVALIDS_DAY, TET or OTHER), amounts in đồng, with their totals; 404 for a unit the "
            + "caller does not read")
    GratitudeYear year(@RequestParam long unit, @RequestParam(required = false) Integer year, AccessScope scope) {
        return fund.year(unit, year == null ? LocalDate.now(clock).getYear() : year, scope)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
