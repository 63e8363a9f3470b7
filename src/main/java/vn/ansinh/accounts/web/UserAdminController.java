package vn.ansinh.accounts.web;

import java.util.HashSet;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

import vn.ansinh.accounts.AccountException;
import vn.ansinh.accounts.ApiTokens;
import vn.ansinh.accounts.PasswordGenerator;
import vn.ansinh.accounts.Role;
import vn.ansinh.accounts.RoleAssignment;
import vn.ansinh.accounts.UserAccount;
import vn.ansinh.accounts.UserAccounts;
import vn.ansinh.shared.FieldProblems;

/**
 * Administrators manage users: create, disable, reset a password, assign roles and scopes, issue
 * and revoke API tokens. A generated password or token is shown once, right after it is made.
 */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

    private final UserAccounts accounts;
    private final ApiTokens tokens;
    private final ScopeOptions options;

    UserAdminController(UserAccounts accounts, ApiTokens tokens, ScopeOptions options) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.options = options;
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
        UserAccount account = accounts.create(form.username(), text(form.displayName()), password,
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
        model.addAttribute("account", account(id));
        model.addAttribute("tokens", tokens.ofUser(id));
        options.addTo(model);
        return "accounts/user";
    }

    @PostMapping("/{id}/enabled")
    String enable(@PathVariable long id, @RequestParam boolean enabled,
            @org.springframework.security.core.annotation.AuthenticationPrincipal Object me, RedirectAttributes redirect) {
        account(id);
        if (!enabled && isSelf(id, me)) {
            redirect.addFlashAttribute("problem", new AccountException("enabled", "account.self"));
        } else {
            accounts.setEnabled(id, enabled);
        }
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/password")
    String resetPassword(@PathVariable long id, RedirectAttributes redirect) {
        account(id);
        String password = PasswordGenerator.generate();
        accounts.resetPassword(id, password);
        redirect.addFlashAttribute("newPassword", password);
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/roles")
    String addRole(@PathVariable long id, @RequestParam(required = false) Role role,
            @RequestParam(required = false) Long unitId, @RequestParam(required = false) Long organisationId,
            RedirectAttributes redirect) {
        Set<RoleAssignment> roles = new HashSet<>(account(id).roles());
        if (role == null) {
            redirect.addFlashAttribute("problem", new AccountException("role", "account.roles.empty"));
            return "redirect:/admin/users/" + id;
        }
        roles.add(assignment(role, unitId, organisationId));
        return assign(id, roles, redirect);
    }

    @PostMapping("/{id}/roles/remove")
    String removeRole(@PathVariable long id, @RequestParam Role role, @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) Long organisationId,
            @org.springframework.security.core.annotation.AuthenticationPrincipal Object me, RedirectAttributes redirect) {
        account(id);
        if (role == Role.ADMIN && isSelf(id, me)) {
            redirect.addFlashAttribute("problem", new AccountException("role", "account.self"));
            return "redirect:/admin/users/" + id;
        }
        Set<RoleAssignment> roles = new HashSet<>(account(id).roles());
        roles.remove(new RoleAssignment(role, unitId, organisationId));
        return assign(id, roles, redirect);
    }

    @PostMapping("/{id}/tokens")
    String issueToken(@PathVariable long id, @RequestParam String name, RedirectAttributes redirect) {
        account(id);
        try {
            redirect.addFlashAttribute("newToken", tokens.issue(id, name).token());
        } catch (AccountException e) {
            redirect.addFlashAttribute("problem", e);
        }
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

    private String assign(long id, Set<RoleAssignment> roles, RedirectAttributes redirect) {
        try {
            accounts.assignRoles(id, roles);
        } catch (AccountException e) {
            redirect.addFlashAttribute("problem", e);
        }
        return "redirect:/admin/users/" + id;
    }

    private UserAccount account(long id) {
        return accounts.byId(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private boolean isSelf(long id, Object me) {
        return me instanceof org.springframework.security.core.userdetails.UserDetails user
                && accounts.byId(id).map(a -> a.username().equals(user.getUsername())).orElse(false);
    }

    private static RoleAssignment assignment(Role role, Long unitId, Long organisationId) {
        return new RoleAssignment(role, role.needsUnit() ? unitId : null, role.needsOrganisation() ? organisationId : null);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
