package vn.ansinh.intake.web;

import java.io.IOException;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.ansinh.intake.IntakeErrorFormatter;
import vn.ansinh.intake.ProgrammeImporter;

/** Imports a programme data file (the seed's format): dry run first, then all or nothing. */
@RestController
@Tag(name = "Programme files", description = "Import a programme data file (YAML)")
class ProgrammeFileApiController {

    private final ProgrammeImporter importer;
    private final IntakeErrorFormatter formatter;

    ProgrammeFileApiController(ProgrammeImporter importer, IntakeErrorFormatter formatter) {
        this.importer = importer;
        this.formatter = formatter;
    }

    @PostMapping(path = "/api/v1/programme-files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import a programme file; with dryRun=true check and count only. 201 when written, "
            + "200 for a clean dry run, 422 with every error by line, path and field")
    ResponseEntity<ImportReport> importFile(@RequestPart("file") MultipartFile file,
            @RequestParam(defaultValue = "true") boolean dryRun, Locale locale) throws IOException {
        ImportReport report = ImportReport.of(
                importer.importFile(file.getOriginalFilename(), file.getInputStream(), dryRun), formatter, locale);
        HttpStatus status = !report.succeeded() ? HttpStatus.UNPROCESSABLE_CONTENT
                : dryRun ? HttpStatus.OK : HttpStatus.CREATED;
        return ResponseEntity.status(status).body(report);
    }
}
