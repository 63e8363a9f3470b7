package vn.ansinh.labour.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import jakarta.servlet.http.HttpServletResponse;
import vn.ansinh.labour.LabourImportResult;
import vn.ansinh.labour.LabourImports;
import vn.ansinh.labour.LabourListProblem;
import vn.ansinh.labour.RecordKind;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.lists.ListTemplate;
import vn.ansinh.shared.lists.TemplateDownload;

/** «Nhập hồ sơ lao động»: a record list checked first, then imported all or nothing. */
@Controller
class LabourImportPageController {

    private final LabourImports imports;
    private final MessageSource messages;

    LabourImportPageController(LabourImports imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
    }

    /** A problem said with where it is. */
    record ProblemView(String where, String message) {
    }

    /** The columns and allowed values, on the page and in the templates. */
    @ModelAttribute("template")
    ListTemplate template(AccessScope scope) {
        return imports.template(scope);
    }

    @GetMapping("/labour/import/template.xlsx")
    ResponseEntity<byte[]> templateFile(AccessScope scope) throws IOException {
        return TemplateDownload.of(imports.template(scope));
    }

    @GetMapping("/labour/persons/template.xlsx")
    ResponseEntity<byte[]> personTemplateFile(AccessScope scope) throws IOException {
        return TemplateDownload.of(imports.personTemplate(scope));
    }

    @GetMapping("/labour/import")
    String form(Model model) {
        model.addAttribute("kinds", RecordKind.values());
        return "labour/import";
    }

    @PostMapping("/labour/import")
    String importList(@RequestParam("file") MultipartFile file, @RequestParam(required = false) RecordKind kind,
            @RequestParam(defaultValue = "true") boolean dryRun, Model model, Locale locale, AccessScope scope,
            HttpServletResponse response) throws IOException {
        LabourImportResult result = imports.importList(file.getOriginalFilename(), file.getBytes(), kind, dryRun, scope);
        if (!result.succeeded()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        model.addAttribute("kinds", RecordKind.values());
        model.addAttribute("result", result);
        model.addAttribute("errors", result.errors().stream().map(p -> view(p, locale)).toList());
        model.addAttribute("notices", result.notices().stream().map(p -> view(p, locale)).toList());
        return "labour/import";
    }

    private ProblemView view(LabourListProblem p, Locale locale) {
        List<String> where = new ArrayList<>();
        if (p.sheet() != null) {
            where.add(messages.getMessage("householdList.where.sheet", new Object[] {p.sheet()}, locale));
        }
        if (p.row() > 0) {
            where.add(messages.getMessage("householdList.where.row", new Object[] {p.row()}, locale));
        }
        if (!p.column().isEmpty()) {
            where.add(messages.getMessage("householdList.where.column", new Object[] {p.column()}, locale));
        }
        return new ProblemView(where.isEmpty() ? messages.getMessage("householdList.where.file", null, locale)
                : String.join(", ", where), messages.getMessage(p.code(), p.arguments().toArray(), p.code(), locale));
    }
}
