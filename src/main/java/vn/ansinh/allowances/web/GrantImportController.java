package vn.ansinh.allowances.web;

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
import jakarta.servlet.http.HttpServletResponse;
import vn.ansinh.allowances.GrantImportResult;
import vn.ansinh.allowances.GrantImports;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.lists.ListTemplate;
import vn.ansinh.shared.lists.TemplateDownload;

/** Importing a list of grants: the page (check, then import), its template and the API. */
@Controller
class GrantImportController {

    private final GrantImports imports;
    private final MessageSource messages;

    GrantImportController(GrantImports imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
    }

    @GetMapping("/allowances/import")
    String form() {
        return "allowances/import";
    }

    /** The columns and allowed values, on the page and in the template. */
    @ModelAttribute("template")
    ListTemplate template(AccessScope scope) {
        return imports.template(scope);
    }

    @GetMapping("/allowances/import/template.xlsx")
    ResponseEntity<byte[]> templateFile(AccessScope scope) throws IOException {
        return TemplateDownload.of(imports.template(scope));
    }

    @PostMapping("/allowances/import")
    String importList(@RequestParam("file") MultipartFile file, @RequestParam(defaultValue = "true") boolean dryRun,
            Model model, Locale locale, AccessScope scope, HttpServletResponse response) throws IOException {
        GrantImportResult result = imports.importList(file.getOriginalFilename(), file.getBytes(), dryRun, scope);
        if (!result.succeeded()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        model.addAttribute("report", GrantImportReport.of(result, messages, locale));
        return "allowances/import";
    }

    @PostMapping(path = "/api/v1/allowances/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseBody
    @Operation(summary = "Import grants of monthly allowances from a CSV or XLSX list (one row per grant); dryRun=true "
            + "(the default) checks and counts only. 200 when clean (all written unless a dry run), 422 with every error "
            + "by sheet, row, column and field, nothing written")
    ResponseEntity<GrantImportReport> api(@RequestPart("file") MultipartFile file,
            @RequestParam(defaultValue = "true") boolean dryRun, Locale locale, AccessScope scope) throws IOException {
        GrantImportResult result = imports.importList(file.getOriginalFilename(), file.getBytes(), dryRun, scope);
        return ResponseEntity.status(result.succeeded() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT)
                .body(GrantImportReport.of(result, messages, locale));
    }
}
