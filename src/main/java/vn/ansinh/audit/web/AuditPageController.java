package vn.ansinh.audit.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;
import vn.ansinh.audit.AuditFilter;
import vn.ansinh.audit.AuditLog;
import vn.ansinh.audit.AuditPage;
import vn.ansinh.shared.Paging;

/** "Nhật ký thay đổi": administrators browse and filter the audit log, and download it as CSV. */
@Controller
class AuditPageController {

    private final AuditLog log;
    private final AuditCsv csv;
    private final AuditEntries entries;
    private final Clock clock;

    AuditPageController(AuditLog log, AuditCsv csv, AuditEntries entries, Clock clock) {
        this.log = log;
        this.csv = csv;
        this.entries = entries;
        this.clock = clock;
    }

    @GetMapping("/admin/audit")
    String events(@ModelAttribute("filter") AuditFilter filter, @RequestParam(defaultValue = "1") int page,
            Model model, Locale locale) {
        AuditPage events = log.search(filter, page);
        if (events.page() > events.pages()) {
            events = log.search(filter, events.pages());
        }
        model.addAttribute("events", events);
        model.addAttribute("paging", new Paging(events.page(), events.pageSize(), events.total()));
        model.addAttribute("entries", entries.of(events.events(), locale));
        model.addAttribute("links", AuditLinks.of(filter));
        model.addAttribute("entityTypes", entries.entityTypes(log.entityTypes(), locale));
        model.addAttribute("actors", log.actors());
        return "audit/events";
    }

    /** The same filtered list, every page of it. */
    @GetMapping("/admin/audit.csv")
    void download(AuditFilter filter, HttpServletResponse response, Locale locale) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename("nhat-ky-" + LocalDate.now(clock) + ".csv").build().toString());
        csv.write(filter, response.getWriter(), locale);
    }
}
