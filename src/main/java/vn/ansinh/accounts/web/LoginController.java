package vn.ansinh.accounts.web;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import jakarta.servlet.http.HttpSession;
import vn.ansinh.accounts.internal.SignInProblems;
import vn.ansinh.shared.OfficeTime;

/** The sign-in page; after a failure it says why, and when throttled, when to try again. */
@Controller
class LoginController {

    @GetMapping("/login")
    String login(HttpSession session, Model model) {
        Object problem = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        if (problem instanceof AuthenticationException exception) {
            session.removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            model.addAttribute("problem", SignInProblems.key(exception));
            SignInProblems.retryAt(exception).ifPresent(at ->
                    model.addAttribute("retryAt", OfficeTime.minute(at)));
        }
        return "accounts/login";
    }
}
