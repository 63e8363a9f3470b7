package vn.ansinh.units.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.ansinh.shared.OfficeTime;
import vn.ansinh.units.AdministrativeUnit;
import vn.ansinh.units.UnitImportChange;
import vn.ansinh.units.UnitImportProblem;
import vn.ansinh.units.UnitImportResult;
import vn.ansinh.units.UnitLink;
import vn.ansinh.units.UnitListImport;
import vn.ansinh.units.UnitNotFoundException;
import vn.ansinh.units.SuccessionDraft;
import vn.ansinh.units.SuccessionKind;
import vn.ansinh.units.UnitSuccessions;
import vn.ansinh.units.Units;

/** Official unit lists in, and a unit as it was on a day with what came before and after it, as JSON. */
@RestController
@Tag(name = "Administrative units", description = "Unit lists with the day they take effect; units by code and day")
class UnitApiController {

    private final UnitListImport imports;
    private final Units units;
    private final UnitSuccessions successions;
    private final Clock clock;

    UnitApiController(UnitListImport imports, Units units, UnitSuccessions successions, Clock clock) {
        this.imports = imports;
        this.units = units;
        this.successions = successions;
        this.clock = clock;
    }

    record ImportJson(String file, LocalDate effective, boolean dryRun, long created, long changed, long ended,
            int unchanged, List<UnitImportProblem> errors) {

        static ImportJson of(UnitImportResult r) {
            return new ImportJson(r.file(), r.effective(), r.dryRun(), r.count(UnitImportChange.Kind.CREATED),
                    r.count(UnitImportChange.Kind.CHANGED), r.count(UnitImportChange.Kind.ENDED), r.unchanged(), r.errors());
        }
    }

    record UnitJson(String code, String gsoCode, String kind, String name, String parentCode, LocalDate validFrom,
            LocalDate validTo, List<LinkJson> predecessors, List<LinkJson> successors) {
    }

    record LinkJson(String code, String gsoCode, String name, LocalDate date, String kind) {

        static LinkJson of(UnitLink link) {
            return new LinkJson(link.unit().code(), link.unit().gsoCode(), link.unit().name(), link.effectiveOn(), link.kind());
        }
    }

    @PostMapping(path = "/api/v1/admin/units/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import an official unit list (CSV: level,code,name,full_name,kind,parent_code) taking effect on "
            + "a day; dryRun=true (the default) only counts. 200 with what was created, changed, ended and left unchanged; "
            + "422 with every problem by line and column, nothing written")
    ResponseEntity<ImportJson> importList(@RequestPart("file") MultipartFile file,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effective,
            @RequestParam(defaultValue = "true") boolean dryRun, Locale locale) throws IOException {
        UnitImportResult result = imports.importList(file.getOriginalFilename(), file.getBytes(), effective, dryRun, locale);
        return ResponseEntity.status(result.succeeded() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT)
                .body(ImportJson.of(result));
    }

    record SuccessionJson(List<String> predecessors, String successor, LocalDate effectiveOn, SuccessionKind kind,
            String legalBasis) {
    }

    @PostMapping("/api/v1/admin/units/successions")
    @Operation(summary = "Record a merge (two or more predecessors), split or continuation by the units' codes (GSO or "
            + "ansinh's): predecessors valid the day before, the successor on the day; the predecessors end the day "
            + "before. 201 with the successor and what came before it; 422 with the problems by field")
    ResponseEntity<UnitJson> succession(@RequestBody SuccessionJson body) {
        LocalDate day = body.effectiveOn();
        List<Long> before = body.predecessors() == null ? List.of() : body.predecessors().stream()
                .map(code -> day == null ? null : units.bearing(code, day.minusDays(1)).map(AdministrativeUnit::id).orElse(-1L))
                .toList();
        Long after = body.successor() == null || day == null ? null
                : units.bearing(body.successor(), day).map(AdministrativeUnit::id).orElse(-1L);
        successions.record(new SuccessionDraft(before, after, day, body.kind(), body.legalBasis()));
        return ResponseEntity.status(HttpStatus.CREATED).body(json(units.byId(after).orElseThrow()));
    }

    @GetMapping("/api/v1/units/{code}")
    @Operation(summary = "The unit that bears the code (GSO or ansinh's) on the day (today by default), with its "
            + "predecessors and successors")
    UnitJson unit(@PathVariable String code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        LocalDate day = on == null ? LocalDate.now(clock.withZone(OfficeTime.ZONE)) : on;
        return json(units.bearing(code, day).orElseThrow(() -> new UnitNotFoundException(code, day)));
    }

    private UnitJson json(AdministrativeUnit unit) {
        String parent = unit.parentId() == null ? null : units.byId(unit.parentId()).map(AdministrativeUnit::code).orElse(null);
        return new UnitJson(unit.code(), unit.gsoCode(), unit.kind().name(), unit.name(), parent, unit.validFrom(),
                unit.validTo(), successions.predecessors(unit.id()).stream().map(LinkJson::of).toList(),
                successions.successors(unit.id()).stream().map(LinkJson::of).toList());
    }
}
