package vn.ansinh.households.web;

import java.util.List;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import vn.ansinh.households.Household;
import vn.ansinh.households.HouseholdNotFoundException;
import vn.ansinh.households.HouseholdPage;
import vn.ansinh.households.HouseholdRegistry;
import vn.ansinh.households.Member;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.PersonalDataAction;
import vn.ansinh.shared.PersonalDataViews;
import vn.ansinh.units.Units;

/** The household registry as JSON: scoped, personal data masked for roles that may not see it. */
@RestController
@RequestMapping("/api/v1/households")
@Tag(name = "Household registry", description = "Households, members and their status by year")
class HouseholdApiController {

    private static final int MAX_PAGE = 1000;

    private final HouseholdRegistry registry;
    private final Units units;
    private final PersonalDataViews views;

    HouseholdApiController(HouseholdRegistry registry, Units units, PersonalDataViews views) {
        this.registry = registry;
        this.units = units;
        this.views = views;
    }

    @GetMapping
    @Operation(summary = "The households of a unit and the units below it, with their status in the year; phones and "
            + "citizen IDs in full only with purpose=… (POVERTY_REVIEW, BENEFIT_PAYMENT, REQUESTED_REPORT, "
            + "SUBJECT_REQUEST, OTHER) for a role that may see them, and then in the access log")
    PageJson list(@RequestParam long unit, @RequestParam int year, @RequestParam(defaultValue = "0") int offset,
            @RequestParam(defaultValue = "100") int limit, AccessScope scope, HttpServletRequest request) {
        Set<Long> unitIds = units.withDescendants(unit);
        HouseholdPage page = registry.list(unitIds, year, Math.max(0, offset), Math.min(Math.max(1, limit), MAX_PAGE), scope);
        if (!page.households().isEmpty()) {
            views.shown(scope, request, PersonalDataAction.API_HOUSEHOLD_LIST, null, null, unit, List.of());
        }
        return new PageJson(page.year(), page.total(), page.offset(),
                page.households().stream().map(e -> HouseholdJson.of(e.household(), e.status(), null)).toList());
    }

    @GetMapping("/{id}")
    @Operation(summary = "A household with its members and its status year by year; phone and citizen IDs in full "
            + "only with purpose=…, as for the list")
    HouseholdJson one(@PathVariable long id, AccessScope scope, HttpServletRequest request) {
        Household household = registry.byId(id, scope).orElseThrow(() -> new HouseholdNotFoundException(id));
        views.shown(scope, request, PersonalDataAction.API_HOUSEHOLD, id, household.code(), household.unitId(),
                household.members().stream().map(Member::citizenId).toList());
        return HouseholdJson.of(household, null, registry.history(id, scope));
    }

    @PostMapping
    @Operation(summary = "Register a household in a commune the caller writes; 422 with the problems by field")
    ResponseEntity<HouseholdJson> register(@RequestBody HouseholdJson household, AccessScope scope) {
        Household saved = registry.register(household.toHousehold(), scope);
        return ResponseEntity.status(HttpStatus.CREATED).body(HouseholdJson.of(saved, null, List.of()));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a household's details and members")
    HouseholdJson update(@PathVariable long id, @RequestBody HouseholdJson household, AccessScope scope) {
        return HouseholdJson.of(registry.update(id, household.toHousehold(), scope), null, registry.history(id, scope));
    }

    @PutMapping("/{id}/statuses/{year}")
    @Operation(summary = "Record a household's status in a year (POOR with CAN_EXIT or CANNOT_EXIT and a reason, "
            + "NEAR_POOR, MEDIUM, NOT_POOR); the registry's tables follow at once")
    HouseholdJson.StatusJson status(@PathVariable long id, @PathVariable int year,
            @RequestBody HouseholdJson.StatusJson status, AccessScope scope) {
        return HouseholdJson.StatusJson.of(registry.setStatus(id, status.toStatus(year), scope));
    }

    record PageJson(int year, long total, int offset, List<HouseholdJson> households) {
    }

}
