package vn.ansinh.relief.web;

import java.io.IOException;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

import jakarta.servlet.http.HttpServletResponse;
import vn.ansinh.relief.ReliefEvent;
import vn.ansinh.relief.ReliefImportResult;
import vn.ansinh.relief.ReliefImports;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.lists.TemplateDownload;

/**
 * Importing a list of an event's affected households with the relief given: the page (check, then import) and its
 * template; for whoever writes one of the event's communes, to others the event's list does not exist.
 */
@Controller
class ReliefImportController {

    private final ReliefImports imports;
    private final MessageSource messages;

    ReliefImportController(ReliefImports imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
    }

    @GetMapping("/relief/events/{id}/import")
    String form(@PathVariable long id, AccessScope scope, Model model) {
        return page(event(id, scope), null, scope, model);
    }

    @GetMapping("/relief/events/{id}/import/template.xlsx")
    ResponseEntity<byte[]> templateFile(@PathVariable long id, AccessScope scope) throws IOException {
        return TemplateDownload.of(imports.template(event(id, scope), scope));
    }

    @PostMapping("/relief/events/{id}/import")
    String importList(@PathVariable long id, @RequestParam("file") MultipartFile file,
            @RequestParam(defaultValue = "true") boolean dryRun, Model model, Locale locale, AccessScope scope,
            HttpServletResponse response) throws IOException {
        ReliefEvent event = event(id, scope);
        ReliefImportResult result = imports.importList(event, file.getOriginalFilename(), file.getBytes(), dryRun, scope);
        if (!result.succeeded()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        return page(event, ReliefImportReport.of(result, messages, locale), scope, model);
    }

    /** The event, when the user writes one of its communes (the rule by which the event page links here). */
    private ReliefEvent event(long id, AccessScope scope) {
        return imports.importable(id, scope).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String page(ReliefEvent event, ReliefImportReport report, AccessScope scope, Model model) {
        model.addAttribute("event", event);
        model.addAttribute("template", imports.template(event, scope));
        model.addAttribute("report", report);
        return "relief/import";
    }
}
