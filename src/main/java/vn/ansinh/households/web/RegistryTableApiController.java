package vn.ansinh.households.web;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.ansinh.annex.SplitKey;
import vn.ansinh.households.RegistryTableAsOf;
import vn.ansinh.households.RegistryTables;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.units.Units;

/** An annex table with the communes whose registry is filled in computed from their households. */
@RestController
@Tag(name = "Household registry")
class RegistryTableApiController {

    private final RegistryTables tables;
    private final Units units;

    RegistryTableApiController(RegistryTables tables, Units units) {
        this.tables = tables;
        this.units = units;
    }

    @GetMapping(path = "/api/v1/programmes/{id}/tables/{table}", params = "source=registry")
    @Operation(summary = "With source=registry: the table with each commune whose registry is filled in computed "
            + "from its households (row source \"registry\"), the others as entered, and the differences between the two; "
            + "with asOf=YYYY-MM-DD as well, under the units in force that day (no household record moves: each is "
            + "counted where its unit went), each row with the rows it holds and their source; split as for asOf")
    Object table(@PathVariable long id, @PathVariable String table,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) String split, AccessScope scope) {
        if (asOf == null) {
            return tables.table(id, table, scope).map(t -> RegistryTableJson.of(id, t))
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        }
        SplitKey key = SplitKey.parse(split).orElse(null);
        RegistryTableAsOf regrouped = tables.asOf(id, table, scope, asOf, key)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Set<Long> unitIds = new HashSet<>(regrouped.asOf().predecessors().keySet());
        regrouped.asOf().predecessors().values().forEach(list -> list.forEach(p -> unitIds.add(p.unitId())));
        return RegistryTableAsOfJson.of(id, regrouped, units.byIds(unitIds));
    }
}
