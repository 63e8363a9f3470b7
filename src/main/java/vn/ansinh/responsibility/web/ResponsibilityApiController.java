package vn.ansinh.responsibility.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.ansinh.responsibility.Responsibilities;
import vn.ansinh.responsibility.Responsibility;
import vn.ansinh.shared.Domain;

/** Which department is responsible for each domain on a day. */
@RestController
@Tag(name = "Responsibilities", description = "The department responsible for each domain, over time")
class ResponsibilityApiController {

    private final Responsibilities responsibilities;
    private final Clock clock;

    ResponsibilityApiController(Responsibilities responsibilities, Clock clock) {
        this.responsibilities = responsibilities;
        this.clock = clock;
    }

    @GetMapping("/api/v1/responsibilities")
    @Operation(summary = "The periods of responsibility valid on the day (today without one): per domain — or one "
            + "indicator of it, which wins over its domain's — the department, its validity and legal basis")
    List<ResponsibilityJson> on(@Parameter(description = "yyyy-mm-dd") @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        LocalDate day = on != null ? on : LocalDate.now(clock);
        return responsibilities.on(day).stream().map(ResponsibilityJson::of).toList();
    }

    /** indicatorCode null: the whole domain; validFrom null: since the start of the records; validTo null: open. */
    record ResponsibilityJson(Domain domain, String indicatorCode, String departmentCode, String departmentName,
            String departmentNameEn, LocalDate validFrom, LocalDate validTo, String legalBasis) {

        static ResponsibilityJson of(Responsibility r) {
            return new ResponsibilityJson(r.domain(), r.indicatorCode(), r.department().code(), r.department().name(),
                    r.department().nameEn(), r.validFrom(), r.validTo(), r.legalBasis());
        }
    }
}
