package vn.ansinh.privacy.web;

import java.util.Objects;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.ansinh.privacy.AccessLog;
import vn.ansinh.privacy.AccessLogPage;
import vn.ansinh.privacy.AccessRecord;
import vn.ansinh.units.Units;

/** «Nhật ký truy cập dữ liệu cá nhân»: administrators read who saw whose personal data, filtered by subject. */
@Controller
class AccessLogPageController {

    private final AccessLog log;
    private final Units units;

    AccessLogPageController(AccessLog log, Units units) {
        this.log = log;
        this.units = units;
    }

    @GetMapping("/admin/personal-data/access-log")
    String records(@RequestParam(required = false) String subject, @RequestParam(defaultValue = "1") int page,
            Model model) {
        AccessLogPage found = log.search(subject, page);
        model.addAttribute("subject", subject);
        model.addAttribute("records", found.records());
        model.addAttribute("paging", found.paging());
        model.addAttribute("units", units.byIds(found.records().stream().map(AccessRecord::unitId)
                .filter(Objects::nonNull).collect(Collectors.toSet())));
        return "privacy/access-log";
    }
}
