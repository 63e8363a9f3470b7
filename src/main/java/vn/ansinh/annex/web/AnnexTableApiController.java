package vn.ansinh.annex.web;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.ansinh.annex.ComputedRow;
import vn.ansinh.annex.ComputedTable;
import vn.ansinh.annex.SplitKey;
import vn.ansinh.annex.TableAsOf;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.units.Units;

/** Annex tables as JSON, every total and rate computed by ansinh; under the units of a chosen day if asked. */
@RestController
@Tag(name = "Annex tables", description = "Biểu 1, 2, 3 of a programme")
class AnnexTableApiController {

    private final AnnexViews views;
    private final Units units;

    AnnexTableApiController(AnnexViews views, Units units) {
        this.views = views;
        this.units = units;
    }

    @GetMapping("/api/v1/programmes/{id}/tables/{table}")
    @Operation(summary = "A table (bieu-1, bieu-2, bieu-3): columns, rows with values by column code, computed total; "
            + "only the user's rows and columns, complete=false when rows are left out. With asOf=YYYY-MM-DD, the "
            + "table under the units in force that day: each row sums the counts of the rows it holds (predecessors), "
            + "rates computed again; split=households|population shares out a divided unit, else its parts are "
            + "comparable=false and its counts left out")
    TableJson table(@PathVariable long id, @PathVariable String table,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) String split, Locale locale, AccessScope scope) {
        SplitKey key = SplitKey.parse(split).orElse(null);
        if (asOf == null) {
            ComputedTable computed = views.computed(id, table, scope);
            var unitIds = computed.rows().stream().map(ComputedRow::unitId).toList();
            return TableJson.of(id, computed, views.subtitle(id, locale, scope), units.byIds(unitIds));
        }
        TableAsOf regrouped = views.asOf(id, table, scope, asOf, key);
        Set<Long> unitIds = new HashSet<>(regrouped.predecessors().keySet());
        regrouped.predecessors().values().forEach(list -> list.forEach(p -> unitIds.add(p.unitId())));
        return TableJson.of(id, regrouped, views.subtitle(id, locale, scope), units.byIds(unitIds));
    }
}
