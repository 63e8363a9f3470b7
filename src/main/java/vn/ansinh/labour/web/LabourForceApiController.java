package vn.ansinh.labour.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.ansinh.annex.ComputedColumn;
import vn.ansinh.annex.ComputedRow;
import vn.ansinh.annex.OverriddenTable;
import vn.ansinh.labour.LabourForceTables;
import vn.ansinh.labour.LabourImportResult;
import vn.ansinh.labour.LabourPersons;
import vn.ansinh.labour.internal.importing.PersonListImport;
import vn.ansinh.shared.AccessScope;

/** The labour-force baseline from communes' person lists: the lists in, and Biểu 1 computed from them. */
@RestController
@Tag(name = "Labour")
class LabourForceApiController {

    private final LabourForceTables tables;
    private final LabourPersons persons;
    private final PersonListImport listImport;
    private final MessageSource messages;

    LabourForceApiController(LabourForceTables tables, LabourPersons persons, PersonListImport listImport,
            MessageSource messages) {
        this.tables = tables;
        this.persons = persons;
        this.listImport = listImport;
        this.messages = messages;
    }

    @GetMapping(path = "/api/v1/programmes/{id}/tables/{table}", params = "source=persons")
    @Operation(summary = "With source=persons: the table with each commune that has a person list given its labour-force "
            + "baseline from the list (working age by the law of the year), the others as entered, and the differences")
    Map<String, Object> table(@PathVariable long id, @PathVariable String table, AccessScope scope) {
        LabourForceTables.ForceTable force = tables.table(id, table, scope)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        OverriddenTable overridden = force.table();
        Set<Long> fromPersons = force.fromPersons();
        List<Map<String, Object>> rows = overridden.table().rows().stream().map(r -> row(overridden, r,
                fromPersons.contains(r.unitId()) ? "persons" : "entered")).toList();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("code", overridden.table().code());
        json.put("year", overridden.table().year());
        json.put("rows", rows);
        json.put("total", row(overridden, overridden.table().total(), null));
        json.put("differences", overridden.differences());
        return json;
    }

    @PostMapping("/api/v1/labour/persons")
    @Operation(summary = "Add a person to a commune's list for the labour-force baseline")
    ResponseEntity<Void> add(@RequestBody LabourPersons.Person person, AccessScope scope) {
        persons.add(person, scope);
        return ResponseEntity.status(HttpStatus.CREATED).build();
    }

    @PostMapping(path = "/api/v1/labour/persons/imports", consumes = "multipart/form-data")
    @Operation(summary = "Import a person list (CSV or XLSX): Xã, Họ tên, Giới tính, Ngày sinh, Có việc làm, Trình độ, "
            + "Chứng chỉ; dryRun=true (the default) checks only; 422 with every error by row and column")
    ResponseEntity<Map<String, Object>> importList(@RequestPart("file") MultipartFile file,
            @RequestParam(defaultValue = "true") boolean dryRun, Locale locale, AccessScope scope) throws IOException {
        LabourImportResult result = listImport.run(file.getOriginalFilename(), file.getBytes(), dryRun, scope);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("file", result.file());
        body.put("dryRun", result.dryRun());
        body.put("succeeded", result.succeeded());
        body.put("errors", result.errors().stream().map(p -> Map.of("row", p.row(), "column", p.column(), "code", p.code(),
                "message", messages.getMessage(p.code(), p.arguments().toArray(), p.code(), locale))).toList());
        return ResponseEntity.status(result.succeeded() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT).body(body);
    }

    private static Map<String, Object> row(OverriddenTable table, ComputedRow row, String source) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        for (ComputedColumn column : table.table().numericColumns()) {
            values.put(column.code(), column.shown(row.value(column.code())));
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("unit", row.label());
        if (source != null) {
            json.put("source", source);
        }
        json.put("values", values);
        return json;
    }
}
