package vn.ansinh.annex.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import vn.ansinh.annex.RowEdit;
import vn.ansinh.annex.RowEditor;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.FieldProblems;
import vn.ansinh.shared.VietnameseNumbers;

/**
 * A row's input figures through the API, read with the version of the unit's figures and written only over
 * that version: the optimistic lock the row form uses, so no client's write is lost under another's.
 */
@RestController
@Tag(name = "Annex tables", description = "Biểu 1, 2, 3 of a programme")
class RowApiController {

    private static final String ROW = "/api/v1/programmes/{id}/tables/{table}/rows/{unitId}";

    private final RowEditor editor;
    private final JsonMapper json;

    RowApiController(RowEditor editor, JsonMapper json) {
        this.editor = editor;
        this.json = json;
    }

    @GetMapping(ROW)
    @Operation(summary = "A row's input figures (baselines and targets) by column code, with the version of the unit's "
            + "figures of the year to send back with a change; 404 for a unit the caller may not change")
    RowJson row(@PathVariable long id, @PathVariable String table, @PathVariable long unitId, AccessScope scope) {
        return RowJson.of(editable(id, table, unitId, scope));
    }

    @PutMapping(ROW)
    @Operation(summary = "Change a row's input figures, over the version read",
            description = "Body: {\"version\": 7, \"values\": {\"1\": 82, \"6\": null}}. version is the one the row was read "
                    + "at (GET of this row); it is required — a write without it is refused with 422, since it could "
                    + "overwrite a change it never saw. A column left out keeps its figure; null clears it. Every figure "
                    + "is checked first (422 with errors by field, nothing written). A write over a newer version is "
                    + "refused with 409 naming who saved it and when; read the row again and decide.")
    @ApiResponse(responseCode = "200", description = "Saved: the row as it now is, with its new version")
    @ApiResponse(responseCode = "409", description = "The figures changed since they were read: nothing written")
    @ApiResponse(responseCode = "422", description = "No version, an unknown column, or a wrong figure: nothing written")
    RowJson save(@PathVariable long id, @PathVariable String table, @PathVariable long unitId,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = RowWrite.class))) @RequestBody(required = false) String body,
            AccessScope scope) {
        // The unit is checked before the body is read: to a caller who may not change it, it does not exist.
        RowEdit row = editable(id, table, unitId, scope);
        RowWrite write = read(body);
        RowEdit result = editor.save(row, write.version(), texts(row, write.values()), scope);
        if (!result.valid()) {
            FieldProblems problems = new FieldProblems();
            result.fields().stream().filter(f -> f.problem() != null).forEach(
                    f -> problems.add("values." + f.column(), f.problem(), f.arguments().toArray()));
            throw new InvalidRowException(problems);
        }
        return RowJson.of(editable(id, table, unitId, scope));
    }

    private RowWrite read(String body) {
        try {
            RowWrite write = body == null || body.isBlank() ? null : json.readValue(body, RowWrite.class);
            if (write == null || write.version() == null) {
                throw new InvalidRowException(new FieldProblems().add("version", "figures.version.missing"));
            }
            return write;
        } catch (JacksonException e) {
            throw new InvalidRowException(new FieldProblems().add("body", "api.problem.unreadable"));
        }
    }

    /** The figures as the form's texts ("1234,5"), exactly; an unknown column is refused. */
    private static Map<String, String> texts(RowEdit row, Map<String, BigDecimal> values) {
        Map<String, String> texts = new HashMap<>();
        FieldProblems unknown = new FieldProblems();
        (values == null ? Map.<String, BigDecimal>of() : values).forEach((column, value) -> {
            if (row.fields().stream().noneMatch(f -> f.column().equals(column))) {
                unknown.add("values." + column, "figures.column.unknown", column);
            }
            texts.put(column, value == null ? "" : value.toPlainString().replace('.', ','));
        });
        if (!unknown.isEmpty()) {
            throw new InvalidRowException(unknown);
        }
        return texts;
    }

    private RowEdit editable(long id, String table, long unitId, AccessScope scope) {
        return editor.form(id, table, unitId, scope).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** A change: the version read, and figures by column code (null clears one; one left out keeps it). */
    record RowWrite(Integer version, Map<String, BigDecimal> values) {
    }

    /** A row's input figures and the version of the unit's figures, who saved them last and when. */
    record RowJson(long unitId, String unit, int version, String changedBy, Instant changedAt,
            Map<String, BigDecimal> values) {

        static RowJson of(RowEdit row) {
            Map<String, BigDecimal> values = new LinkedHashMap<>();
            row.fields().forEach(f -> values.put(f.column(), f.value().isEmpty() ? null
                    : VietnameseNumbers.parse(f.value()).orElse(null)));
            return new RowJson(row.unitId(), row.unitLabel(), row.version().number(), row.version().changedBy(),
                    row.version().changedAt(), values);
        }
    }
}
