package vn.ansinh.attainment.web;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.ansinh.attainment.ComputedTarget;
import vn.ansinh.attainment.ComputedTargets;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.units.Units;

/** The programme's targets the registers decide, per commune the caller reads. */
@RestController
@Tag(name = "Computed targets")
class ComputedTargetsApiController {

    private final ComputedTargets targets;
    private final Units units;

    ComputedTargetsApiController(ComputedTargets targets, Units units) {
        this.targets = targets;
        this.units = units;
    }

    @GetMapping("/api/v1/programmes/{id}/targets/computed")
    @Operation(summary = "Each target computed from the registers (no poor household among people with merit's "
            + "households, child-friendly commune, every poor and near-poor household supported) per commune of the "
            + "programme the caller reads: whether the registers know, whether it is met, and the households or "
            + "criteria that break it; the figure the programme set and how many communes meet it")
    List<ComputedTargetJson> computed(@PathVariable long id, AccessScope scope) {
        List<ComputedTarget> computed = targets.of(id, scope)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Set<Long> ids = new HashSet<>();
        computed.forEach(t -> t.communes().forEach(c -> ids.add(c.unitId())));
        var byId = units.byIds(ids);
        return computed.stream().map(t -> ComputedTargetJson.of(t, byId)).toList();
    }
}
