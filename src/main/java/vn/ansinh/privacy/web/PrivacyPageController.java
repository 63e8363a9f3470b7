package vn.ansinh.privacy.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.ansinh.privacy.PrivacyProperties;

/**
 * «Bảo vệ dữ liệu cá nhân», for every signed-in user: what personal data ansinh holds, why, for how long, who
 * sees it in full and whom to ask. The texts are the messages; the retention and the contact are settings.
 */
@Controller
class PrivacyPageController {

    private final PrivacyProperties properties;

    PrivacyPageController(PrivacyProperties properties) {
        this.properties = properties;
    }

    @GetMapping("/personal-data")
    String page(Model model) {
        model.addAttribute("retentionYears", properties.retentionYears());
        model.addAttribute("contact", properties.contact());
        return "privacy/notice";
    }
}
