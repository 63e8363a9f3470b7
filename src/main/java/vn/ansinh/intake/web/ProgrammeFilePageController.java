package vn.ansinh.intake.web;

import java.io.IOException;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import vn.ansinh.intake.IntakeErrorFormatter;
import vn.ansinh.intake.ProgrammeImporter;

/** The page to import a programme data file: check it first, then import it. */
@Controller
class ProgrammeFilePageController {

    private final ProgrammeImporter importer;
    private final IntakeErrorFormatter formatter;

    ProgrammeFilePageController(ProgrammeImporter importer, IntakeErrorFormatter formatter) {
        this.importer = importer;
        this.formatter = formatter;
    }

    @GetMapping("/imports/programme")
    String form() {
        return "intake/programme-file";
    }

    @PostMapping("/imports/programme")
    String importFile(@RequestParam("file") MultipartFile file, @RequestParam(defaultValue = "false") boolean commit,
            Model model, Locale locale) throws IOException {
        model.addAttribute("report", ImportReport.of(
                importer.importFile(file.getOriginalFilename(), file.getInputStream(), !commit), formatter, locale));
        return "intake/programme-file";
    }
}
