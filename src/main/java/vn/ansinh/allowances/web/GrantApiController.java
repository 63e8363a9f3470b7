package vn.ansinh.allowances.web;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import vn.ansinh.allowances.Grant;
import vn.ansinh.allowances.GrantChange;
import vn.ansinh.allowances.GrantNotFoundException;
import vn.ansinh.allowances.Grants;
import vn.ansinh.allowances.Register;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.PersonalDataAction;
import vn.ansinh.shared.PersonalDataViews;

/** A commune's register of allowances of a month, as the page shows it. */
@RestController
class GrantApiController {

    private final Grants grants;
    private final PersonalDataViews views;

    GrantApiController(Grants grants, PersonalDataViews views) {
        this.grants = grants;
        this.views = views;
    }

    @GetMapping("/api/v1/allowances/grants")
    @Operation(summary = "A commune's grants with the month's allowance (month=YYYY-MM), arrears and funeral support "
            + "(in đồng), the registry household (id) and the citizen ID; citizen IDs and health-related groups in full "
            + "only with purpose=… for a role that may see them (group null when masked), and then in the access log; "
            + "404 for a commune outside the caller's scope")
    List<GrantJson> register(@RequestParam long unit, @RequestParam @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
            AccessScope scope, HttpServletRequest request) {
        if (!scope.canRead(unit)) {
            throw new GrantNotFoundException(unit);
        }
        Register register = grants.register(unit, month, scope);
        if (!register.lines().isEmpty()) {
            views.shown(scope, request, PersonalDataAction.ALLOWANCE_REGISTER, null, null, unit, register.lines().stream()
                    .map(l -> l.grant().citizenId()).filter(Objects::nonNull).toList());
        }
        return register.lines().stream().map(l -> GrantJson.of(l, scope.personalData())).toList();
    }

    /**
     * decision, coefficient: those in force in the month asked for; endReason: DEATH, MOVED or NO_LONGER_ELIGIBLE
     * (null: not ended for a reason); changes: what later decisions changed from a month on, oldest first.
     */
    record GrantJson(long id, long unitId, String group, String fullName, java.time.LocalDate birthDate,
            String decision, BigDecimal coefficient, YearMonth firstMonth, YearMonth lastMonth, String endReason,
            Long householdId, String citizenId, BigDecimal monthly, BigDecimal arrears, BigDecimal funeral,
            List<GrantChange> changes) {

        static GrantJson of(Register.Line l, boolean unmasked) {
            Grant g = l.grant();
            return new GrantJson(g.id(), g.unitId(), g.group().health() && !unmasked ? null : g.group().name(),
                    g.fullName(), g.birthDate(), g.decision(), g.coefficient(), g.firstMonth(), g.lastMonth(),
                    g.endReason() == null ? null : g.endReason().name(), g.householdId(), g.citizenId(), l.monthly(),
                    l.arrears(), l.funeral(), g.changes());
        }
    }
}
