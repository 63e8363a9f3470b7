package vn.ansinh.households.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.ansinh.households.RegistryCountRepaired;
import vn.ansinh.households.RegistryRecount;
import vn.ansinh.partners.PartnerOrganisation;
import vn.ansinh.partners.Partners;
import vn.ansinh.units.AdministrativeUnit;
import vn.ansinh.units.Units;

/**
 * «Kiểm tra số đếm sổ hộ» (administrators): the registry's kept counts checked against a full recount, every
 * difference repaired and audited — on the page and as an API call. The same check runs at start-up.
 */
@Controller
@Tag(name = "Household registry", description = "Households, members and their status by year")
class RegistryCountAdminController {

    /** A repaired count as the page lists it: names, not ids. */
    public record RepairRow(String unit, int year, String measure, String organisation, long kept, long counted) {
    }

    /** The API's answer: how many counts were checked, and each repaired with its ids. */
    record RecountJson(int checked, List<RegistryCountRepaired> repaired) {
    }

    private final RegistryRecount recount;
    private final Units units;
    private final Partners partners;

    RegistryCountAdminController(RegistryRecount recount, Units units, Partners partners) {
        this.recount = recount;
        this.units = units;
        this.partners = partners;
    }

    @GetMapping("/admin/registry-counts")
    String page() {
        return "households/registry-counts";
    }

    @PostMapping("/admin/registry-counts")
    String check(RedirectAttributes redirect) {
        RegistryRecount.Result result = recount.recount();
        redirect.addFlashAttribute("checked", result.checked());
        redirect.addFlashAttribute("repaired", rows(result.repaired()));
        return "redirect:/admin/registry-counts";
    }

    @PostMapping("/api/v1/admin/registry-counts/recount")
    @ResponseBody
    @Operation(summary = "Check the registry's kept counts against a full recount; every difference is set to the "
            + "recount and audited (administrators only)")
    RecountJson api() {
        RegistryRecount.Result result = recount.recount();
        return new RecountJson(result.checked(), result.repaired());
    }

    private List<RepairRow> rows(List<RegistryCountRepaired> repaired) {
        Map<Long, AdministrativeUnit> names = units.byIds(repaired.stream().map(RegistryCountRepaired::countUnitId).toList());
        return repaired.stream().map(r -> new RepairRow(
                names.containsKey(r.countUnitId()) ? names.get(r.countUnitId()).name() : "", r.year(), r.measure().name(),
                r.organisationId() == null ? null
                        : partners.byId(r.organisationId()).map(PartnerOrganisation::name).orElse(""),
                r.kept(), r.counted()))
                .sorted(Comparator.comparing(RepairRow::unit).thenComparing(RepairRow::year)).toList();
    }
}
