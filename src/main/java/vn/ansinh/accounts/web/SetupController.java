package vn.ansinh.accounts.web;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

import vn.ansinh.accounts.AccountException;
import vn.ansinh.accounts.internal.FirstAdministrator;
import vn.ansinh.shared.FieldProblems;

import jakarta.servlet.http.HttpServletResponse;

/** The one-time setup of the first administrator; gone once any user exists. */
@Controller
class SetupController {

    private final FirstAdministrator first;

    SetupController(FirstAdministrator first) {
        this.first = first;
    }

    /** What the setup form sends. */
    record SetupForm(String code, String username, String displayName, String password, String confirmation) {
    }

    @GetMapping("/setup")
    String form(Model model) {
        requireNeeded();
        model.addAttribute("form", new SetupForm("", "", "", "", ""));
        model.addAttribute("problems", new FieldProblems());
        return "accounts/setup";
    }

    /** Refused: what is wrong is said beside its field (422), and everything but the passwords is kept. */
    @PostMapping("/setup")
    String create(@ModelAttribute("form") SetupForm form, Model model, HttpServletResponse response) {
        requireNeeded();
        try {
            if (form.password() == null || !form.password().equals(form.confirmation())) {
                throw new AccountException("confirmation", "password.confirmation");
            }
            first.create(form.code(), form.username(), form.displayName() == null ? "" : form.displayName(), form.password());
            return "redirect:/login?created";
        } catch (AccountException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("problems", UserForm.problems(e));
            return "accounts/setup";
        }
    }

    private void requireNeeded() {
        if (!first.needed()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }
}
