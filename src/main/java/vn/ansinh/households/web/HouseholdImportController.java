package vn.ansinh.households.web;

import java.io.IOException;
import java.util.Locale;

import org.springframework.context.MessageSource;
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
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import vn.ansinh.households.HouseholdImportResult;
import vn.ansinh.households.HouseholdImports;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.lists.ListTemplate;
import vn.ansinh.shared.lists.TemplateDownload;

/** Importing a household list: the page (check, then import) and the API. */
@Controller
@Tag(name = "Household registry")
class HouseholdImportController {

    private final HouseholdImports imports;
    private final MessageSource messages;

    HouseholdImportController(HouseholdImports imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
    }

    @GetMapping("/registry/import")
    String form() {
        return "households/import";
    }

    /** The columns and allowed values, on the page and in the template. */
    @ModelAttribute("template")
    ListTemplate template(AccessScope scope) {
        return imports.template(scope);
    }

    @GetMapping("/registry/import/template.xlsx")
    ResponseEntity<byte[]> templateFile(AccessScope scope) throws IOException {
        return TemplateDownload.of(imports.template(scope));
    }

    @PostMapping("/registry/import")
    String importList(@RequestParam("file") MultipartFile file, @RequestParam(defaultValue = "true") boolean dryRun,
            Model model, Locale locale, AccessScope scope, HttpServletResponse response) throws IOException {
        HouseholdImportResult result = imports.importList(file.getOriginalFilename(), file.getBytes(), dryRun, scope);
        if (!result.succeeded()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        model.addAttribute("report", HouseholdImportReport.of(result, messages, locale));
        return "households/import";
    }

    @PostMapping(path = "/api/v1/households/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseBody
    @Operation(summary = "Import households and members from a CSV or XLSX list (one row per member); dryRun=true "
            + "(the default) checks and counts only. 200 when clean (written unless a dry run), 422 with every error by row and column")
    ResponseEntity<HouseholdImportReport> api(@RequestPart("file") MultipartFile file,
            @RequestParam(defaultValue = "true") boolean dryRun, Locale locale, AccessScope scope) throws IOException {
        HouseholdImportResult result = imports.importList(file.getOriginalFilename(), file.getBytes(), dryRun, scope);
        return ResponseEntity.status(result.succeeded() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT)
                .body(HouseholdImportReport.of(result, messages, locale));
    }
}
