package vn.ansinh.accounts.web;

import java.util.HashSet;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import vn.ansinh.accounts.AccountException;
import vn.ansinh.accounts.ApiTokens;
import vn.ansinh.accounts.Role;
import vn.ansinh.accounts.RoleAssignment;
import vn.ansinh.accounts.UserAccounts;
import vn.ansinh.shared.FieldProblems;

/**
 * What an administrator changes on a user's page: the account's state, its roles, its API tokens. A refused step
 * answers the same page (422) with the forms as typed and what is wrong beside the field — no redirect, which
 * would lose what was typed; a step done redirects to the page.
 */
@Controller
@RequestMapping("/admin/users/{id}")
class UserAccessController {

    private final UserAccounts accounts;
    private final ApiTokens tokens;
    private final UserPage page;

    UserAccessController(UserAccounts accounts, ApiTokens tokens, UserPage page) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.page = page;
    }

    @PostMapping("/enabled")
    String enable(@PathVariable long id, @RequestParam boolean enabled, @AuthenticationPrincipal Object me, Model model,
            HttpServletResponse response) {
        page.account(id);
        if (!enabled && isSelf(id, me)) {
            return refused(id, RoleForm.empty(), TokenForm.empty(), new FieldProblems().add("enabled", "account.self"),
                    model, response);
        }
        accounts.setEnabled(id, enabled);
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/roles")
    String addRole(@PathVariable long id, @ModelAttribute("roleForm") RoleForm form, Model model,
            HttpServletResponse response) {
        Set<RoleAssignment> roles = new HashSet<>(page.account(id).roles());
        FieldProblems problems = form.problems();
        if (problems.isEmpty()) {
            roles.add(form.assignment());
            problems = assign(id, roles);
        }
        return problems.isEmpty() ? "redirect:/admin/users/" + id
                : refused(id, form, TokenForm.empty(), problems, model, response);
    }

    @PostMapping("/roles/remove")
    String removeRole(@PathVariable long id, @RequestParam Role role, @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) Long organisationId, @AuthenticationPrincipal Object me, Model model,
            HttpServletResponse response) {
        Set<RoleAssignment> roles = new HashSet<>(page.account(id).roles());
        FieldProblems problems = role == Role.ADMIN && isSelf(id, me) ? new FieldProblems().add("roles", "account.self")
                : new FieldProblems();
        if (problems.isEmpty()) {
            roles.remove(new RoleAssignment(role, unitId, organisationId));
            problems = assign(id, roles);
        }
        return problems.isEmpty() ? "redirect:/admin/users/" + id
                : refused(id, RoleForm.empty(), TokenForm.empty(), problems, model, response);
    }

    /** The address the user's reminders are e-mailed to; blank removes it. Refused: kept as typed beside the field. */
    @PostMapping("/email")
    String email(@PathVariable long id, @RequestParam(required = false) String email, Model model,
            HttpServletResponse response) {
        page.account(id);
        try {
            accounts.setEmail(id, email);
            return "redirect:/admin/users/" + id;
        } catch (AccountException e) {
            model.addAttribute("typedEmail", email);
            return refused(id, RoleForm.empty(), TokenForm.empty(), UserForm.problems(e), model, response);
        }
    }

    /** The token is shown once, after the redirect. */
    @PostMapping("/tokens")
    String issueToken(@PathVariable long id, @ModelAttribute("tokenForm") TokenForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        page.account(id);
        try {
            redirect.addFlashAttribute("newToken", tokens.issue(id, form.name() == null ? "" : form.name()).token());
            return "redirect:/admin/users/" + id;
        } catch (AccountException e) {
            return refused(id, RoleForm.empty(), form, UserForm.problems(e), model, response);
        }
    }

    private FieldProblems assign(long id, Set<RoleAssignment> roles) {
        try {
            accounts.assignRoles(id, roles);
            return new FieldProblems();
        } catch (AccountException e) {
            return UserForm.problems(e);
        }
    }

    private String refused(long id, RoleForm roleForm, TokenForm tokenForm, FieldProblems problems, Model model,
            HttpServletResponse response) {
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return page.of(id, roleForm, tokenForm, problems, model);
    }

    private boolean isSelf(long id, Object me) {
        return me instanceof UserDetails user && accounts.byId(id).map(a -> a.username().equals(user.getUsername())).orElse(false);
    }
}
