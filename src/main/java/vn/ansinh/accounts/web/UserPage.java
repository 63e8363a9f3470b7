package vn.ansinh.accounts.web;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

import vn.ansinh.accounts.ApiTokens;
import vn.ansinh.accounts.UserAccount;
import vn.ansinh.accounts.UserAccounts;
import vn.ansinh.shared.FieldProblems;

/**
 * A user's page: the account, its roles and tokens, and the forms to add a role and issue a token — each as the
 * administrator typed it, with what is wrong beside its field, when a step was refused.
 */
@Component
class UserPage {

    private final UserAccounts accounts;
    private final ApiTokens tokens;
    private final ScopeOptions options;

    UserPage(UserAccounts accounts, ApiTokens tokens, ScopeOptions options) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.options = options;
    }

    String of(long id, RoleForm roleForm, TokenForm tokenForm, FieldProblems problems, Model model) {
        model.addAttribute("account", account(id));
        model.addAttribute("tokens", tokens.ofUser(id));
        model.addAttribute("roleForm", roleForm);
        model.addAttribute("tokenForm", tokenForm);
        model.addAttribute("problems", problems);
        options.addTo(model);
        return "accounts/user";
    }

    String of(long id, Model model) {
        return of(id, RoleForm.empty(), TokenForm.empty(), new FieldProblems(), model);
    }

    UserAccount account(long id) {
        return accounts.byId(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
