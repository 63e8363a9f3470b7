package vn.ansinh.accounts.web;

import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

import vn.ansinh.accounts.AccountException;
import vn.ansinh.accounts.ApiTokens;
import vn.ansinh.accounts.PasswordGenerator;
import vn.ansinh.accounts.UserAccount;
import vn.ansinh.accounts.UserAccounts;
import vn.ansinh.shared.FieldProblems;

/**
 * Administrators manage users: create one, reset a password, revoke an API token (roles, tokens and the
 * account's state: {@link UserAccessController}). A generated password is shown once, right after it is made.
 */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

    private final UserAccounts accounts;
    private final ApiTokens tokens;
    private final ScopeOptions options;
    private final UserPage page;

    UserAdminController(UserAccounts accounts, ApiTokens tokens, ScopeOptions options, UserPage page) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.options = options;
        this.page = page;
    }

    @GetMapping
    String list(Model model) {
        return listPage(UserForm.empty(), new FieldProblems(), model);
    }

    @PostMapping
    String create(@ModelAttribute("form") UserForm form, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        FieldProblems problems = form.problems();
        if (problems.isEmpty()) {
            try {
                return created(form, redirect);
            } catch (AccountException e) {
                problems = UserForm.problems(e);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return listPage(form, problems, model);
    }

    private String created(UserForm form, RedirectAttributes redirect) {
        boolean generated = form.password() == null || form.password().isEmpty();
        String password = generated ? PasswordGenerator.generate() : form.password();
        UserAccount account = accounts.create(form.username(), text(form.displayName()), form.email(), password,
                Set.of(form.assignment()));
        if (generated) {
            redirect.addFlashAttribute("newPassword", password);
        }
        return "redirect:/admin/users/" + account.id();
    }

    private String listPage(UserForm form, FieldProblems problems, Model model) {
        model.addAttribute("accounts", accounts.all());
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        options.addTo(model);
        return "accounts/users";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        return page.of(id, model);
    }

    @PostMapping("/{id}/password")
    String resetPassword(@PathVariable long id, RedirectAttributes redirect) {
        page.account(id);
        String password = PasswordGenerator.generate();
        accounts.resetPassword(id, password);
        redirect.addFlashAttribute("newPassword", password);
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/tokens/{tokenId}/revoke")
    String revokeToken(@PathVariable long id, @PathVariable long tokenId) {
        if (tokens.byId(tokenId).filter(t -> t.userId() == id).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        tokens.revoke(tokenId);
        return "redirect:/admin/users/" + id;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
