package vn.ansinh.allowances.web;

import java.io.IOException;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.ansinh.allowances.ArrearsList;
import vn.ansinh.allowances.Grants;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.PersonalDataAction;
import vn.ansinh.shared.PersonalDataViews;
import vn.ansinh.units.AdministrativeUnit;
import vn.ansinh.units.UnitNames;
import vn.ansinh.units.Units;

/**
 * A commune's register as XLSX files: the month's payment list, the month's changes, the arrears a base level
 * entered late owes. Each is personal data: a user who may see it says
 * why first, the file is marked and the download logged; a commune the user does not read is not found.
 */
@Controller
class GrantExportsController {

    static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

    private final Grants grants;
    private final Units units;
    private final UnitNames unitNames;
    private final PersonalDataViews views;
    private final MessageSource messages;

    GrantExportsController(Grants grants, Units units, UnitNames unitNames, PersonalDataViews views,
            MessageSource messages) {
        this.grants = grants;
        this.units = units;
        this.unitNames = unitNames;
        this.views = views;
        this.messages = messages;
    }

    /** The month's payment list; a user who may see personal data says why first (it is marked in the file). */
    @GetMapping("/allowances/payments.xlsx")
    void payments(@RequestParam long unit, @RequestParam @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
            AccessScope scope, HttpServletRequest request, HttpServletResponse response, Locale locale) throws IOException {
        AdministrativeUnit commune = start(unit, scope, request, response, "chi-tra-tro-cap", month.toString());
        if (commune != null) {
            String title = messages.getMessage("grant.xlsx.heading", new Object[] {month.format(MONTH),
                    unitNames.title(commune)}, locale);
            new PaymentListXlsx(messages, locale).write(grants.register(unit, month, scope), title,
                    views.marking(scope, request), scope.personalData(), response.getOutputStream());
        }
    }

    /** The month's new and stopped grants with the totals; a user who may see personal data says why first. */
    @GetMapping("/allowances/changes.xlsx")
    void changes(@RequestParam long unit, @RequestParam @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
            AccessScope scope, HttpServletRequest request, HttpServletResponse response, Locale locale) throws IOException {
        AdministrativeUnit commune = start(unit, scope, request, response, "bien-dong-tro-cap", month.toString());
        if (commune != null) {
            String title = messages.getMessage("grant.xlsx.heading", new Object[] {month.format(MONTH),
                    unitNames.title(commune)}, locale);
            new ChangesXlsx(messages, locale).write(grants.changes(unit, month, scope), title,
                    views.marking(scope, request), scope.personalData(), response.getOutputStream());
        }
    }

    /** What a base level entered late owes each beneficiary of the commune, with the totals. */
    @GetMapping("/allowances/arrears.xlsx")
    void arrears(@RequestParam long unit, @RequestParam long base, AccessScope scope, HttpServletRequest request,
            HttpServletResponse response, Locale locale) throws IOException {
        ArrearsList list = grants.arrears(unit, base, scope)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        AdministrativeUnit commune = start(unit, scope, request, response, "truy-linh-tro-cap", "muc-" + base);
        if (commune != null) {
            String title = messages.getMessage("grant.arrearsList.heading", new Object[] {list.level().legalBasis(),
                    unitNames.title(commune)}, locale);
            new ArrearsXlsx(messages, locale).write(list, title, views.marking(scope, request), scope.personalData(),
                    response.getOutputStream());
        }
    }

    /**
     * The commune, once the purpose is said and the download logged, with the response's headers set; null when the
     * user was sent to say why first.
     */
    private AdministrativeUnit start(long unit, AccessScope scope, HttpServletRequest request,
            HttpServletResponse response, String name, String suffix) throws IOException {
        AdministrativeUnit commune = units.byId(unit).filter(u -> scope.canRead(u.id()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (views.purposeMissing(scope, request)) {
            response.sendRedirect(views.purposeForm(request));
            return null;
        }
        views.shown(scope, request, PersonalDataAction.ALLOWANCE_REGISTER, null, null, unit, List.of());
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "-"
                + (commune.gsoCode() != null ? commune.gsoCode() : commune.code()) + "-" + suffix + ".xlsx\"");
        return commune;
    }
}
