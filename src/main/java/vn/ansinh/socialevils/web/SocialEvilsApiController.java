package vn.ansinh.socialevils.web;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.IntStream;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import io.swagger.v3.oas.annotations.Operation;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.socialevils.SocialEvils;
import vn.ansinh.socialevils.SocialEvilsCounts;
import vn.ansinh.socialevils.SocialEvilsMonth;
import vn.ansinh.socialevils.SocialEvilsYear;
import vn.ansinh.units.Units;

/** A commune's social evils counts of a year, month by month, with the year's figures. */
@RestController
class SocialEvilsApiController {

    private final SocialEvils socialEvils;
    private final Units units;

    SocialEvilsApiController(SocialEvils socialEvils, Units units) {
        this.socialEvils = socialEvils;
        this.units = units;
    }

    @GetMapping("/api/v1/social-evils")
    @Operation(summary = "A commune's counts of drug users, prostitution and vagrancy for each month of the year (counts "
            + "null and version 0 for a month not reported) and the year's figures: stocks (drugUsersManaged, "
            + "treatedAtHome, treatedInCentre, prostitutionManaged) of the latest month reported, flows "
            + "(drugUsersSupported, prostitutionSupported, vagrantsGathered, vagrantsSupported) summed; "
            + "404 for a unit the caller does not read")
    YearJson year(@RequestParam long unit, @RequestParam int year, AccessScope scope) {
        if (units.byId(unit).isEmpty() || !scope.canRead(unit) || year < 1900 || year > 9999) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        SocialEvilsYear reported = socialEvils.year(unit, year, scope);
        return new YearJson(unit, year, IntStream.rangeClosed(1, 12).mapToObj(m -> MonthJson.of(YearMonth.of(year, m),
                reported.month(m).orElse(null))).toList(), reported.figures(), reported.latest().orElse(null));
    }

    /** The year: its twelve months, its figures, and the month its stocks are of (null: none reported). */
    record YearJson(long unitId, int year, List<MonthJson> months, SocialEvilsCounts yearFigures, YearMonth stocksOf) {
    }

    /** A month: its counts (null: not reported), the version a correction carries, who saved it last and when. */
    record MonthJson(YearMonth month, SocialEvilsCounts counts, int version, String changedBy, Instant changedAt) {

        static MonthJson of(YearMonth month, SocialEvilsMonth saved) {
            return saved == null ? new MonthJson(month, null, 0, null, null)
                    : new MonthJson(month, saved.counts(), saved.version(), saved.changedBy(), saved.changedAt());
        }
    }
}
