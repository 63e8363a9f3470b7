package vn.ansinh.labour.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import vn.ansinh.labour.ActualsTable;
import vn.ansinh.labour.LabourImportResult;
import vn.ansinh.labour.LabourProgress;
import vn.ansinh.labour.LabourRecord;
import vn.ansinh.labour.LabourRecords;
import vn.ansinh.labour.RecordKind;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.PersonalDataAction;
import vn.ansinh.shared.PersonalDataViews;
import vn.ansinh.units.Units;

/** Labour records, counts and courses, and Biểu 1 with what was achieved, as JSON. */
@RestController
@Tag(name = "Labour")
class LabourApiController {

    private final LabourRecords records;
    private final LabourProgress progress;
    private final vn.ansinh.labour.LabourImports imports;
    private final Units units;
    private final MessageSource messages;
    private final PersonalDataViews views;

    LabourApiController(LabourRecords records, LabourProgress progress, vn.ansinh.labour.LabourImports imports, Units units,
            MessageSource messages, PersonalDataViews views) {
        this.views = views;
        this.imports = imports;
        this.records = records;
        this.progress = progress;
        this.units = units;
        this.messages = messages;
    }

    record CourseJson(Long unitId, String occupation, String level, Integer lengthMonths, String provider, String funding,
            LocalDate startsOn) {
    }

    record CountJson(Long amount) {
    }

    @GetMapping(path = "/api/v1/programmes/{id}/tables/{table}", params = "with=actuals")
    @Operation(summary = "With with=actuals: each target beside what was achieved (thực hiện), the percentage achieved "
            + "(% đạt) and the projection to year end, per commune and in total")
    ActualsTable actuals(@PathVariable long id, @PathVariable String table, AccessScope scope) {
        return progress.table(id, table, scope).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @PostMapping("/api/v1/labour/records")
    @Operation(summary = "Record a job placement, trainee, certificate or labour-export step of a person in a commune")
    ResponseEntity<LabourRecord> record(@RequestBody LabourRecord record, AccessScope scope) {
        return ResponseEntity.status(HttpStatus.CREATED).body(records.record(record, scope));
    }

    @GetMapping("/api/v1/labour/records")
    @Operation(summary = "The labour records of a unit and the units below it in a year; citizen IDs in full only "
            + "with purpose=… (as for households) for a role that may see them, and then in the access log")
    List<LabourRecord> list(@RequestParam long unit, @RequestParam int year, AccessScope scope,
            HttpServletRequest request) {
        List<LabourRecord> found = records.of(List.copyOf(units.withDescendants(unit)), year, scope);
        if (!found.isEmpty()) {
            views.shown(scope, request, PersonalDataAction.API_LABOUR_RECORDS, null, null, unit,
                    found.stream().map(LabourRecord::citizenId).toList());
        }
        return found;
    }

    @PostMapping("/api/v1/labour/courses")
    @Operation(summary = "Add a vocational course of a commune; its trainees are recorded against its id")
    ResponseEntity<Map<String, Long>> course(@RequestBody CourseJson c, AccessScope scope) {
        long id = records.addCourse(c.unitId() == null ? 0 : c.unitId(), c.occupation(), c.level(), c.lengthMonths(),
                c.provider(), c.funding(), c.startsOn(), scope);
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", id));
    }

    @PutMapping("/api/v1/labour/counts/{unitId}/{kind}/{year}/{month}")
    @Operation(summary = "Enter a commune's count of a month, for a commune that keeps no records of the kind")
    ResponseEntity<Void> count(@PathVariable long unitId, @PathVariable RecordKind kind, @PathVariable int year,
            @PathVariable int month, @RequestBody CountJson count, AccessScope scope) {
        records.enterCount(unitId, kind, year, month, count.amount() == null ? -1 : count.amount(), scope);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/programmes/{id}/progress")
    @Operation(summary = "Month by month, what each commune of the programme achieved of each kind, and from what")
    Map<String, Object> monthly(@PathVariable long id, AccessScope scope) {
        ActualsTable table = progress.table(id, "bieu-1", scope).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        List<Long> unitIds = table.rows().stream().map(ActualsTable.Row::unitId).toList();
        Map<String, Object> byUnit = new LinkedHashMap<>();
        records.monthly(unitIds, table.table().year()).forEach((unit, kinds) -> {
            Map<String, Object> perKind = new LinkedHashMap<>();
            kinds.forEach((kind, months) -> perKind.put(kind.name(), Map.of("source", months.source().name(),
                    "months", months.months(), "total", months.total())));
            byUnit.put(table.rows().stream().filter(r -> r.unitId().equals(unit)).findFirst().map(ActualsTable.Row::label)
                    .orElse(String.valueOf(unit)), perKind);
        });
        return Map.of("year", table.table().year(), "communes", byUnit);
    }

    @PostMapping(path = "/api/v1/labour/imports", consumes = "multipart/form-data")
    @Operation(summary = "Import labour records from a CSV or XLSX list (a record a row); kind when the list has no "
            + "«Loại» column; dryRun=true (the default) checks and counts only. 200 when clean, 422 with the errors")
    ResponseEntity<Map<String, Object>> importList(@org.springframework.web.bind.annotation.RequestPart("file")
            org.springframework.web.multipart.MultipartFile file, @RequestParam(required = false) RecordKind kind,
            @RequestParam(defaultValue = "true") boolean dryRun, Locale locale, AccessScope scope) throws java.io.IOException {
        LabourImportResult result = imports.importList(file.getOriginalFilename(), file.getBytes(), kind, dryRun, scope);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("file", result.file());
        body.put("dryRun", result.dryRun());
        body.put("succeeded", result.succeeded());
        body.put("records", result.records());
        body.put("errors", result.errors().stream().map(p -> problem(p, locale)).toList());
        body.put("notices", result.notices().stream().map(p -> problem(p, locale)).toList());
        return ResponseEntity.status(result.succeeded() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT).body(body);
    }

    private Map<String, Object> problem(vn.ansinh.labour.LabourListProblem p, Locale locale) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("sheet", p.sheet());
        json.put("row", p.row());
        json.put("column", p.column());
        json.put("code", p.code());
        json.put("message", messages.getMessage(p.code(), p.arguments().toArray(), p.code(), locale));
        return json;
    }
}
