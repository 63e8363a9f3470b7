package vn.ansinh;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import jakarta.servlet.http.HttpServletRequest;
import vn.ansinh.programme.Programme;
import vn.ansinh.programme.Programmes;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.units.AdministrativeUnit;
import vn.ansinh.units.UnitNames;
import vn.ansinh.units.Units;

/**
 * Gives every page the menu's programme part as {@code menu}: every page under /programmes/{id} carries
 * its programme, so the layout needs nothing from the page. The API has no menu.
 */
@ControllerAdvice
class ProgrammeMenuAdvice {

    private static final Pattern PROGRAMME_PAGE = Pattern.compile("^/programmes/(\\d+)(?:/([^/]+))?.*");

    private final Programmes programmes;
    private final Units units;
    private final UnitNames unitNames;

    ProgrammeMenuAdvice(Programmes programmes, Units units, UnitNames unitNames) {
        this.programmes = programmes;
        this.units = units;
        this.unitNames = unitNames;
    }

    @ModelAttribute("menu")
    ProgrammeMenu menu(HttpServletRequest request, AccessScope scope) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/") || scope.equals(AccessScope.nothing())) {
            return null;
        }
        List<Programme> readable = programmes.readable(scope);
        Matcher page = PROGRAMME_PAGE.matcher(path);
        Optional<Programme> shown = page.matches()
                ? readable.stream().filter(p -> p.id() == Long.parseLong(page.group(1))).findFirst() : Optional.empty();
        String section = shown.isPresent() ? (page.group(2) == null ? "" : page.group(2)) : null;
        Programme current = shown.or(() -> readable.stream().filter(Programme::published).findFirst()).orElse(null);
        Map<Long, AdministrativeUnit> unitsById = units.byIds(readable.stream().map(Programme::coordinatingUnitId).toList());
        List<ProgrammeMenu.Item> items = readable.stream().map(p -> item(p, unitsById, section)).toList();
        return new ProgrammeMenu(items, current == null ? null
                : items.stream().filter(i -> i.id() == current.id()).findFirst().orElseThrow(), section);
    }

    /** The same page of another programme: its text, tables, reports … — not a report or a row of this one. */
    private ProgrammeMenu.Item item(Programme p, Map<Long, AdministrativeUnit> units, String section) {
        AdministrativeUnit unit = units.get(p.coordinatingUnitId());
        String link = "/programmes/" + p.id() + (section == null || section.isEmpty() || section.equals("edit")
                || section.equals("sections") || section.equals("signatories") ? "" : "/" + section);
        return new ProgrammeMenu.Item(p.id(), p.programmeYear(), unit == null ? "" : unitNames.of(unit, unit.name()),
                p.published(), link);
    }
}
