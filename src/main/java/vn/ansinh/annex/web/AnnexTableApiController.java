package vn.ansinh.annex.web;

import java.util.Locale;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.ansinh.annex.ComputedRow;
import vn.ansinh.annex.ComputedTable;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.units.Units;

/** Annex tables as JSON, every total and rate computed by ansinh. */
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
            + "only the user's rows and columns, complete=false when rows are left out")
    TableJson table(@PathVariable long id, @PathVariable String table, Locale locale, AccessScope scope) {
        ComputedTable computed = views.computed(id, table, scope);
        var unitIds = computed.rows().stream().map(ComputedRow::unitId).toList();
        return TableJson.of(id, computed, views.subtitle(id, locale, scope), units.byIds(unitIds));
    }
}
