package vn.ansinh.targets.web;

import java.security.Principal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.ansinh.targets.IndicatorDraft;
import vn.ansinh.targets.Indicators;

/**
 * An indicator of the catalogue as JSON, for administrators: read with its version, changed as read at it.
 * Refusals are the API's problems: 422 with the fields, 409 for a save over a newer one (who and when).
 */
@RestController
@Tag(name = "Catalogues", description = "Indicators, units and organisations")
class IndicatorApiController {

    private final Indicators indicators;

    IndicatorApiController(Indicators indicators) {
        this.indicators = indicators;
    }

    @GetMapping("/api/v1/admin/indicators/{id}")
    @Operation(summary = "An indicator as its form holds it, with its version")
    IndicatorDraft indicator(@PathVariable long id) {
        return indicators.byId(id).map(i -> IndicatorDraft.of(i, indicators.version(id).version()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @PutMapping("/api/v1/admin/indicators/{id}")
    @Operation(summary = "Change an indicator as read at its version (its code never changes); 409 when saved since")
    IndicatorDraft update(@PathVariable long id, @RequestBody IndicatorDraft draft, Principal user) {
        indicator(id);
        indicators.update(id, draft, user.getName());
        return indicator(id);
    }
}
