package vn.ansinh.households.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.ansinh.households.RegistryTables;
import vn.ansinh.shared.AccessScope;

/** An annex table with the communes whose registry is filled in computed from their households. */
@RestController
@Tag(name = "Household registry")
class RegistryTableApiController {

    private final RegistryTables tables;

    RegistryTableApiController(RegistryTables tables) {
        this.tables = tables;
    }

    @GetMapping(path = "/api/v1/programmes/{id}/tables/{table}", params = "source=registry")
    @Operation(summary = "With source=registry: the table with each commune whose registry is filled in computed "
            + "from its households (row source \"registry\"), the others as entered, and the differences between the two")
    RegistryTableJson table(@PathVariable long id, @PathVariable String table, AccessScope scope) {
        return tables.table(id, table, scope).map(t -> RegistryTableJson.of(id, t))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
