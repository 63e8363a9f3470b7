package vn.ansinh.units.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.format.annotation.DateTimeFormat;
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
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.ansinh.units.SuccessionChoice;
import vn.ansinh.units.SuccessionImportResult;
import vn.ansinh.units.SuccessionListImport;

/** A succession list in, with the choices a person made for the names it could not resolve alone, as JSON. */
@RestController
@Tag(name = "Administrative units")
class SuccessionImportApiController {

    private static final TypeReference<List<SuccessionChoice>> CHOICES = new TypeReference<>() {
    };

    private final SuccessionListImport imports;
    private final JsonMapper json;

    SuccessionImportApiController(SuccessionListImport imports, JsonMapper json) {
        this.imports = imports;
        this.json = json;
    }

    @PostMapping(path = "/api/v1/admin/successions/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import a succession list (CSV: level,code,full_name,province_code,predecessors in words) taking "
            + "effect on a day; dryRun=true (the default) writes nothing. The optional part choices is JSON "
            + "[{successor, words, code}] deciding names the list leaves undecided (an empty code: the words name no "
            + "unit). 200 with the events and links; 409 when names are still undecided (nothing written); 422 with "
            + "the problems by line and column (nothing written)")
    ResponseEntity<SuccessionImportResult> importList(@RequestPart("file") MultipartFile file,
            @RequestPart(name = "choices", required = false) String choices,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effective,
            @RequestParam(required = false) String legalBasis, @RequestParam(defaultValue = "true") boolean dryRun,
            Locale locale) throws IOException {
        List<SuccessionChoice> chosen = choices == null || choices.isBlank() ? List.of() : json.readValue(choices, CHOICES);
        SuccessionImportResult result = imports.importList(new SuccessionListImport.Request(file.getOriginalFilename(),
                file.getBytes(), effective, legalBasis, dryRun, chosen), locale);
        HttpStatus status = !result.errors().isEmpty() ? HttpStatus.UNPROCESSABLE_CONTENT
                : !result.undecided().isEmpty() && !dryRun ? HttpStatus.CONFLICT : HttpStatus.OK;
        return ResponseEntity.status(status).body(result);
    }
}
