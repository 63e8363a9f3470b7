package vn.ansinh.intake.web;

import java.io.IOException;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.ansinh.intake.WorkbookImport;
import vn.ansinh.intake.WorkbookImporter;
import vn.ansinh.shared.AccessScope;

/** Imports a programme's annex tables from a workbook: dry run first, then all or nothing. */
@RestController
@Tag(name = "Annex workbooks", description = "Import Biểu 1–3 of a programme from an XLSX workbook")
class WorkbookApiController {

    private final WorkbookImporter importer;
    private final WorkbookReports reports;

    WorkbookApiController(WorkbookImporter importer, WorkbookReports reports) {
        this.importer = importer;
        this.reports = reports;
    }

    @PostMapping(path = "/api/v1/programmes/{id}/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import Biểu 1–3 from a workbook; with dryRun=true (the default) say what would change "
            + "and which printed figures disagree, writing nothing. 200 when clean (and, without dryRun, written), "
            + "422 with every error by sheet, row and column, 404 for a programme outside the caller's scope")
    ResponseEntity<WorkbookReport> importWorkbook(@PathVariable long id, @RequestPart("file") MultipartFile file,
            @RequestParam(defaultValue = "true") boolean dryRun, Locale locale,
            AccessScope scope) throws IOException {
        WorkbookImport result = importer.importWorkbook(id, file.getOriginalFilename(), file.getBytes(), dryRun, scope)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        HttpStatus status = result.succeeded() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT;
        return ResponseEntity.status(status).body(reports.of(result, locale));
    }
}
