package vn.ansinh.relief.web;

import java.io.IOException;
import java.util.Locale;

import org.springframework.context.MessageSource;
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
import vn.ansinh.relief.ReliefImportResult;
import vn.ansinh.relief.ReliefImports;
import vn.ansinh.shared.AccessScope;

/** An event's list of affected households imported through the API; a refusal is a ProblemDetail. */
@RestController
class ReliefImportApiController {

    private final ReliefImports imports;
    private final MessageSource messages;

    ReliefImportApiController(ReliefImports imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
    }

    @PostMapping(path = "/api/v1/relief/events/{id}/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import an event's affected households with the relief given to each from a CSV or XLSX list "
            + "(one row per household); dryRun=true (the default) checks and lists what would be written. 200 when "
            + "clean (all written unless a dry run), 422 with every error by sheet, row, column and field, nothing "
            + "written; 404 unless the caller writes one of the event's communes")
    ResponseEntity<ReliefImportReport> importList(@PathVariable long id, @RequestPart("file") MultipartFile file,
            @RequestParam(defaultValue = "true") boolean dryRun, Locale locale, AccessScope scope) throws IOException {
        ReliefImportResult result = imports.importList(imports.importable(id, scope)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)), file.getOriginalFilename(),
                file.getBytes(), dryRun, scope);
        return ResponseEntity.status(result.succeeded() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT)
                .body(ReliefImportReport.of(result, messages, locale));
    }
}
