package vn.ansinh.intake.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import vn.ansinh.intake.IntakeErrorFormatter;
import vn.ansinh.intake.ProgrammeImporter;
import vn.ansinh.shared.lists.ListTemplate;

/** The page to import a programme data file: check it first, then import it. */
@Controller
class ProgrammeFilePageController {

    private final ProgrammeImporter importer;
    private final IntakeErrorFormatter formatter;

    ProgrammeFilePageController(ProgrammeImporter importer, IntakeErrorFormatter formatter) {
        this.importer = importer;
        this.formatter = formatter;
    }

    /** The parts of a programme data file, on the page; the seed programme is its template. */
    static final ListTemplate SECTIONS = new ListTemplate("mau-chuong-trinh.yaml", "YAML", List.of(
            ListTemplate.Column.text("format", true, "template.section.format"),
            ListTemplate.Column.text("units", true, "template.section.units"),
            ListTemplate.Column.text("organisations", false, "template.section.organisations"),
            ListTemplate.Column.text("indicators", true, "template.section.indicators"),
            ListTemplate.Column.text("targets", false, "template.section.targets"),
            ListTemplate.Column.text("programme", true, "template.section.programme"),
            ListTemplate.Column.text("tables", true, "template.section.tables")));
    private static final String SAMPLE = "seed/cam-lo-2019.yaml";

    @GetMapping("/imports/programme")
    String form() {
        return "intake/programme-file";
    }

    @ModelAttribute("template")
    ListTemplate template() {
        return SECTIONS;
    }

    /** «Tải tệp mẫu»: the seed programme (Cam Lộ 2019), a complete file in the format. */
    @GetMapping("/imports/programme/template.yaml")
    ResponseEntity<Resource> templateFile() {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/yaml;charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(SECTIONS.fileName()).build().toString())
                .body(new ClassPathResource(SAMPLE));
    }

    @PostMapping("/imports/programme")
    String importFile(@RequestParam("file") MultipartFile file, @RequestParam(defaultValue = "false") boolean commit,
            Model model, Locale locale) throws IOException {
        model.addAttribute("report", ImportReport.of(
                importer.importFile(file.getOriginalFilename(), file.getInputStream(), !commit), formatter, locale));
        return "intake/programme-file";
    }
}
