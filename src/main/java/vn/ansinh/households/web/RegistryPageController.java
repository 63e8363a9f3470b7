package vn.ansinh.households.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import vn.ansinh.annex.AnnexTables;
import vn.ansinh.households.HouseholdExports;
import vn.ansinh.households.HouseholdListing;
import vn.ansinh.households.HouseholdQuery;
import vn.ansinh.households.HouseholdRegistry;
import vn.ansinh.households.RegistryTable;
import vn.ansinh.households.RegistryTableAsOf;
import vn.ansinh.households.RegistryTables;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.FieldProblems;
import vn.ansinh.shared.PersonalDataAction;
import vn.ansinh.shared.PersonalDataViews;
import vn.ansinh.units.AdministrativeUnit;
import vn.ansinh.units.Units;

/**
 * «Sổ hộ»: a commune's households with their status in a year and, per programme, the reconciliation
 * of the tables as entered with the registry (one household's page is HouseholdPageController's).
 */
@Controller
class RegistryPageController {

    private static final int PAGE = 100;

    private final HouseholdRegistry registry;
    private final RegistryTables registryTables;
    private final AnnexTables tables;
    private final Units units;
    private final Clock clock;
    private final HouseholdExports exports;
    private final PersonalDataViews views;
    private final vn.ansinh.units.UnitNames unitNames;

    RegistryPageController(HouseholdRegistry registry, RegistryTables registryTables, AnnexTables tables, Units units,
            Clock clock, HouseholdExports exports, PersonalDataViews views, vn.ansinh.units.UnitNames unitNames) {
        this.unitNames = unitNames;
        this.views = views;
        this.exports = exports;
        this.registry = registry;
        this.registryTables = registryTables;
        this.tables = tables;
        this.units = units;
        this.clock = clock;
    }

    @GetMapping("/registry")
    String list(@RequestParam(required = false) Long unit, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String q, @RequestParam(required = false) String village,
            @RequestParam(required = false) String status, @RequestParam(defaultValue = "1") int page, Model model,
            AccessScope userScope, HttpServletRequest request) {
        AccessScope scope = views.forPage(userScope, request, model);
        List<AdministrativeUnit> readable = units.all().stream().filter(u -> scope.canRead(u.id())).toList();
        int shownYear = year != null ? year : LocalDate.now(clock).getYear();
        Long chosen = unit != null ? unit : readable.isEmpty() ? null : readable.get(0).id();
        HouseholdQuery all = HouseholdQuery.of(chosen == null || !scope.canRead(chosen) ? List.of()
                : units.withDescendants(chosen), shownYear);
        HouseholdQuery query = ListFilters.classified(all.inVillage(village), status).matching(q);
        HouseholdListing listing = registry.find(query, page, PAGE, scope);
        if (!listing.households().isEmpty()) {
            views.shown(scope, request, PersonalDataAction.HOUSEHOLD_LIST, null, null, chosen, List.of());
        }
        model.addAttribute("units", readable);
        model.addAttribute("unit", chosen);
        model.addAttribute("year", shownYear);
        model.addAttribute("listing", listing);
        model.addAttribute("total", query.filtered() ? registry.count(all, scope) : listing.paging().total());
        model.addAttribute("filtered", query.filtered());
        model.addAttribute("villages", registry.villages(all.unitIds(), scope));
        model.addAttribute("statuses", ListFilters.STATUSES);
        model.addAttribute("filter", new ListFilters.Chosen(village, status, q, null));
        return "households/registry";
    }

    /**
     * The list as XLSX, streamed; it reads back through the import. With personal data in full, so the user says
     * why first (the purpose form, then back here) and the download is logged before the first byte leaves.
     */
    @GetMapping("/registry/households.xlsx")
    void download(@RequestParam long unit, @RequestParam int year, AccessScope scope, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        if (!scope.canRead(unit)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        if (views.purposeMissing(scope, request)) {
            response.sendRedirect(views.purposeForm(request));
            return;
        }
        views.shown(scope, request, PersonalDataAction.HOUSEHOLD_EXPORT, null, null, unit, List.of());
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        // a name a person understands («so-ho-xa-cam-an-2019.xlsx»), never an internal id
        String name = unitNames.named(unit);
        response.setHeader("Content-Disposition", "attachment; filename=\"so-ho-"
                + vn.ansinh.shared.TextKeys.fileName(name) + "-" + year + ".xlsx\"");
        exports.writeXlsx(unit, year, scope, views.marking(scope, request), response.getOutputStream());
    }

    /**
     * The reconciliation; with asOf, each table from the registry under the units in force that day as well (a wrong
     * day is said beside its field, 422).
     */
    @GetMapping("/programmes/{id}/registry")
    String reconciliation(@PathVariable long id, @ModelAttribute("asOfForm") RegistryAsOfForm form, Model model,
            AccessScope scope, HttpServletResponse response) {
        List<RegistryTable> compared = new ArrayList<>();
        List<RegistryTableAsOf> regrouped = new ArrayList<>();
        FieldProblems problems = form.problems();
        for (String code : tables.codes(id, scope)) {
            registryTables.table(id, code, scope).filter(t -> !t.fromRegistry().isEmpty() || !t.differences().isEmpty())
                    .ifPresent(compared::add);
            form.day().filter(day -> problems.isEmpty())
                    .flatMap(day -> registryTables.asOf(id, code, scope, day, null)).ifPresent(regrouped::add);
        }
        if (tables.codes(id, scope).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        if (!problems.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        model.addAttribute("programmeId", id);
        model.addAttribute("compared", compared);
        model.addAttribute("regrouped", regrouped);
        model.addAttribute("problems", problems);
        return "households/reconciliation";
    }
}
