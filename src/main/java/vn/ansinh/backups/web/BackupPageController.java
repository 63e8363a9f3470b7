package vn.ansinh.backups.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import vn.ansinh.backups.Backup;
import vn.ansinh.backups.BackupProperties;
import vn.ansinh.backups.BackupRefusedException;
import vn.ansinh.backups.BackupTrigger;
import vn.ansinh.backups.Backups;

/** Administrators see the kept backups, make one now, and read how to restore one. */
@Controller
@RequestMapping("/admin/backups")
class BackupPageController {

    private final Backups backups;
    private final BackupProperties properties;
    private final MessageSource messages;

    BackupPageController(Backups backups, BackupProperties properties, MessageSource messages) {
        this.backups = backups;
        this.properties = properties;
        this.messages = messages;
    }

    @GetMapping
    String list(Model model) {
        return page(model);
    }

    @PostMapping
    String make(Model model, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        try {
            Backup made = backups.make(BackupTrigger.USER);
            redirect.addFlashAttribute("made", made.name());
            return "redirect:/admin/backups";
        } catch (BackupRefusedException e) {
            response.setStatus(e.kind().status().value());
            model.addAttribute("refusal", messages.getMessage(e.code(), e.arguments().toArray(), locale));
            return page(model);
        }
    }

    private String page(Model model) {
        List<Backup> kept = backups.list();
        model.addAttribute("backups", kept.stream().map(BackupRow::of).toList());
        model.addAttribute("folder", backups.folder().toString());
        String example = kept.isEmpty() ? "ansinh-YYYYMMDD-HHmmss.zip" : kept.get(0).name();
        model.addAttribute("restoreExample", backups.folder().resolve(example).toString());
        model.addAttribute("settings", properties);
        model.addAttribute("available", backups.available());
        return "backups/backups";
    }
}
