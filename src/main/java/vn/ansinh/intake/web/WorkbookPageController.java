package vn.ansinh.intake.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

import jakarta.servlet.http.HttpServletResponse;
import vn.ansinh.intake.WorkbookImport;
import vn.ansinh.intake.WorkbookImporter;
import vn.ansinh.programme.Programme;
import vn.ansinh.programme.Programmes;
import vn.ansinh.annex.AnnexTables;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.lists.ListTemplate;

/**
 * «Nhập số liệu từ Excel»: a workbook of Biểu 1–3 is checked first — what would change, which printed
 * figures disagree — and imported when the user confirms with the same file.
 */
@Controller
@RequestMapping("/programmes/{id}/imports")
class WorkbookPageController {

    private final WorkbookImporter importer;
    private final WorkbookReports reports;
    private final Programmes programmes;
    private final AnnexTables tables;

    WorkbookPageController(WorkbookImporter importer, WorkbookReports reports, Programmes programmes,
            AnnexTables tables) {
        this.importer = importer;
        this.reports = reports;
        this.programmes = programmes;
        this.tables = tables;
    }

    /** Each table's columns, on the page, with its download as the template. */
    @ModelAttribute("templates")
    Map<String, ListTemplate> templates(@PathVariable long id, AccessScope scope) {
        Map<String, ListTemplate> templates = new LinkedHashMap<>();
        tables.allComputed(id, scope).forEach(t -> templates.put(t.code(), WorkbookTemplates.of(t)));
        return templates;
    }

    @GetMapping
    String form(@PathVariable long id, Model model, AccessScope scope) {
        model.addAttribute("programme", programme(id, scope));
        return "intake/workbook";
    }

    @PostMapping
    String importWorkbook(@PathVariable long id, @RequestParam("file") MultipartFile file,
            @RequestParam(defaultValue = "true") boolean dryRun, Model model, Locale locale, AccessScope scope,
            HttpServletResponse response) throws IOException {
        Programme programme = programme(id, scope);
        WorkbookImport result = importer.importWorkbook(id, file.getOriginalFilename(), file.getBytes(), dryRun, scope)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!result.succeeded()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        model.addAttribute("programme", programme);
        model.addAttribute("report", reports.of(result, locale));
        return "intake/workbook";
    }

    private Programme programme(long id, AccessScope scope) {
        return programmes.byId(id, scope).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
