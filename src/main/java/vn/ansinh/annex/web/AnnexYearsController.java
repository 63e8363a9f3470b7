package vn.ansinh.annex.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletResponse;
import vn.ansinh.annex.AnnexTables;
import vn.ansinh.annex.SplitKey;
import vn.ansinh.annex.SplitRefusedException;
import vn.ansinh.annex.TableYears;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.FieldProblems;

/**
 * A table's column through the years (2019 → today) per unit in force on a day — the poverty rate of Biểu 2, the
 * labour targets of Biểu 1 — every year regrouped under the same units, as a page and as JSON.
 */
@Controller
class AnnexYearsController {

    private final AnnexTables tables;
    private final AnnexViews views;
    private final Clock clock;

    AnnexYearsController(AnnexTables tables, AnnexViews views, Clock clock) {
        this.tables = tables;
        this.views = views;
        this.clock = clock;
    }

    @GetMapping("/programmes/{id}/tables/{code}/years")
    String page(@PathVariable long id, @PathVariable String code, @ModelAttribute("asOfForm") AsOfForm form,
            @RequestParam(required = false) String column, Model model, AccessScope scope, HttpServletResponse response) {
        model.addAttribute("programme", views.programme(id, scope));
        model.addAttribute("current", code);
        FieldProblems problems = form.asOf() == null ? new FieldProblems() : form.problems();
        LocalDate day = form.day().orElse(LocalDate.now(clock));
        SplitKey key = problems.has("split") ? null : form.key();
        TableYears years;
        try {
            years = years(id, code, scope, problems.has("asOf") ? LocalDate.now(clock) : day, key, column);
        } catch (SplitRefusedException e) {
            problems.add("split", e.code(), e.arguments().toArray());
            years = years(id, code, scope, day, null, column);
        }
        if (!problems.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        model.addAttribute("problems", problems);
        model.addAttribute("years", years);
        model.addAttribute("shownDay", years.asOf().toString());
        return "annex/years";
    }

    @GetMapping("/api/v1/programmes/{id}/tables/{table}/years")
    @ResponseBody
    @Operation(summary = "One column of a table (default: its first rate, else its first target) through every year, "
            + "per unit in force on asOf (default today): each year's table regrouped under that day's units")
    YearsJson api(@PathVariable long id, @PathVariable String table,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) String split, @RequestParam(required = false) String column,
            AccessScope scope) {
        return YearsJson.of(years(id, table, scope, asOf == null ? LocalDate.now(clock) : asOf,
                SplitKey.parse(split).orElse(null), column));
    }

    private TableYears years(long id, String code, AccessScope scope, LocalDate day, SplitKey key, String column) {
        views.programme(id, scope);
        return tables.years(id, code, scope, day, key, column)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "table"));
    }

    /** The column through the years as JSON: values by year, rates with two decimals. */
    record YearsJson(String code, String column, String label, LocalDate asOf, List<Integer> years, List<UnitJson> rows) {

        record UnitJson(String unit, long unitId, Map<Integer, java.math.BigDecimal> values, List<Integer> notComparable) {
        }

        static YearsJson of(TableYears years) {
            List<UnitJson> rows = years.rows().stream().map(r -> {
                Map<Integer, java.math.BigDecimal> values = new LinkedHashMap<>();
                years.years().forEach(y -> values.put(y, years.column().shown(r.value(y))));
                return new UnitJson(r.label(), r.unitId(), values, r.notComparable().stream().sorted().toList());
            }).toList();
            return new YearsJson(years.code(), years.column().code(), years.column().label(), years.asOf(), years.years(),
                    rows);
        }
    }
}
