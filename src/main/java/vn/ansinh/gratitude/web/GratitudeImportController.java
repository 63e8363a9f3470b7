package vn.ansinh.gratitude.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletResponse;
import vn.ansinh.gratitude.GratitudeImportResult;
import vn.ansinh.gratitude.GratitudeImports;
import vn.ansinh.gratitude.internal.importing.GratitudeTemplates;
import vn.ansinh.partners.Partners;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.lists.ListTemplate;
import vn.ansinh.units.AdministrativeUnit;
import vn.ansinh.units.Units;

/** Importing a list of contributions and gratitude houses: the page (check, then import), its template and the API. */
@Controller
class GratitudeImportController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final GratitudeImports imports;
    private final Units units;
    private final Partners partners;
    private final MessageSource messages;

    GratitudeImportController(GratitudeImports imports, Units units, Partners partners, MessageSource messages) {
        this.imports = imports;
        this.units = units;
        this.partners = partners;
        this.messages = messages;
    }

    @GetMapping("/gratitude/import")
    String form() {
        return "gratitude/import";
    }

    /** The columns and allowed values of each list, on the page and in the template. */
    @ModelAttribute("templates")
    List<ListTemplate> templates(AccessScope scope) {
        return imports.templates(scope);
    }

    @GetMapping("/gratitude/import/template.xlsx")
    ResponseEntity<byte[]> templateFile(AccessScope scope) throws IOException {
        return ResponseEntity.ok().contentType(XLSX).header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition
                .attachment().filename(GratitudeTemplates.FILE_NAME).build().toString())
                .body(imports.templateWorkbook(scope));
    }

    @PostMapping("/gratitude/import")
    String importList(@RequestParam("file") MultipartFile file, @RequestParam(defaultValue = "true") boolean dryRun,
            Model model, Locale locale, AccessScope scope, HttpServletResponse response) throws IOException {
        GratitudeImportResult result = imports.importList(file.getOriginalFilename(), file.getBytes(), dryRun, scope);
        if (!result.succeeded()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        model.addAttribute("report", GratitudeImportReport.of(result, messages, locale));
        model.addAttribute("unitNames", unitNames(result));
        model.addAttribute("organisationNames", organisationNames(result));
        return "gratitude/import";
    }

    @PostMapping(path = "/api/v1/gratitude/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseBody
    @Operation(summary = "Import contributions to communes' gratitude funds and gratitude houses from a CSV (one list, "
            + "known by its header) or XLSX (a sheet «Đóng góp» and a sheet «Nhà tình nghĩa»), one row per entry; "
            + "dryRun=true (the default) checks and lists only. 200 when clean (all written unless a dry run), 422 with "
            + "every error by sheet, row, column and field, nothing written")
    ResponseEntity<GratitudeImportReport> api(@RequestPart("file") MultipartFile file,
            @RequestParam(defaultValue = "true") boolean dryRun, Locale locale, AccessScope scope) throws IOException {
        GratitudeImportResult result = imports.importList(file.getOriginalFilename(), file.getBytes(), dryRun, scope);
        return ResponseEntity.status(result.succeeded() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT)
                .body(GratitudeImportReport.of(result, messages, locale));
    }

    /** The names of the communes of the entries listed. */
    private Map<Long, String> unitNames(GratitudeImportResult result) {
        java.util.Set<Long> ids = new java.util.HashSet<>();
        result.contributions().forEach(c -> ids.add(c.unitId()));
        result.houses().forEach(h -> ids.add(h.unitId()));
        Map<Long, String> names = new java.util.HashMap<>();
        units.all().stream().filter(u -> ids.contains(u.id())).forEach(u -> names.put(u.id(), u.name()));
        return names;
    }

    private Map<Long, String> organisationNames(GratitudeImportResult result) {
        Map<Long, String> names = new java.util.HashMap<>();
        partners.byIds(result.contributions().stream().map(c -> c.organisationId()).filter(java.util.Objects::nonNull)
                .toList()).forEach((id, o) -> names.put(id, o.name()));
        return names;
    }
}
