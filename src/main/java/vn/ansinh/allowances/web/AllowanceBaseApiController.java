package vn.ansinh.allowances.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import vn.ansinh.allowances.AllowanceBase;
import vn.ansinh.allowances.AllowanceBases;

/** The base levels in force on a day. */
@RestController
class AllowanceBaseApiController {

    private final AllowanceBases bases;
    private final Clock clock;

    AllowanceBaseApiController(AllowanceBases bases, Clock clock) {
        this.bases = bases;
        this.clock = clock;
    }

    @GetMapping("/api/v1/allowances/bases")
    @Operation(summary = "The base levels of the allowance schemes in force on the day (today without on=YYYY-MM-DD): "
            + "MERIT (people with merit) and SOCIAL_ASSISTANCE, in đồng per month, with their validity and decree; "
            + "a scheme with no base that day is left out")
    List<BaseJson> on(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        return bases.on(on == null ? LocalDate.now(clock) : on).stream().map(BaseJson::of).toList();
    }

    record BaseJson(String scheme, BigDecimal amount, LocalDate validFrom, LocalDate validTo, String legalBasis) {

        static BaseJson of(AllowanceBase b) {
            return new BaseJson(b.scheme().name(), b.amount(), b.validFrom(), b.validTo(), b.legalBasis());
        }
    }
}
