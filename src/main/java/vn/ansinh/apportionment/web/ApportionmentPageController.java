package vn.ansinh.apportionment.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.servlet.http.HttpServletRequest;
import vn.ansinh.apportionment.ApportionmentException;
import vn.ansinh.apportionment.ApportionmentPlanner;
import vn.ansinh.apportionment.ProgrammeTables;
import vn.ansinh.shared.AccessScope;

/**
 * The apportionment page of a programme: a form, a preview that writes nothing, and "Lưu" that
 * writes the shares as targets. Splitting among the communes is the coordinating office's, so only
 * administrators confirm it (the security configuration says so too); a commune's committed exits
 * are split among organisations by whoever may write that commune's figures.
 */
@Controller
class ApportionmentPageController {

    private final ApportionmentPage page;
    private final ApportionmentPlanner planner;

    ApportionmentPageController(ApportionmentPage page, ApportionmentPlanner planner) {
        this.page = page;
        this.planner = planner;
    }

    @GetMapping("/programmes/{id}/apportionment")
    String show(@PathVariable long id, ApportionmentForm form, Model model, AccessScope scope,
            HttpServletRequest request, Locale locale) {
        page.fill(model, page.tables(id, scope), form, scope, request.isUserInRole("ADMIN"), locale);
        return "apportionment/page";
    }

    @PostMapping("/programmes/{id}/apportionment/communes")
    String confirmCommunes(@PathVariable long id, @RequestParam String target, @RequestParam String base,
            @RequestParam String whole, AccessScope scope, RedirectAttributes redirect, Locale locale) {
        return confirm(id, new ApportionmentForm(ApportionmentForm.COMMUNES, target, base, whole, null, null, null),
                scope, redirect, locale);
    }

    @PostMapping("/programmes/{id}/apportionment/organisations")
    String confirmOrganisations(@PathVariable long id, @RequestParam String table, @RequestParam long commune,
            @RequestParam String base, @RequestParam String whole, AccessScope scope, RedirectAttributes redirect,
            Locale locale) {
        return confirm(id, new ApportionmentForm(ApportionmentForm.ORGANISATIONS, null, base, whole, table, commune,
                null), scope, redirect, locale);
    }

    private String confirm(long id, ApportionmentForm form, AccessScope scope, RedirectAttributes redirect,
            Locale locale) {
        ProgrammeTables tables = page.tables(id, scope);
        if (form.commune() != null && !scope.canWrite(form.commune())) {
            throw new AccessDeniedException("unit " + form.commune());
        }
        try {
            redirect.addFlashAttribute("saved", planner.confirm(page.preview(tables, form, scope), scope));
        } catch (ApportionmentException e) {
            redirect.addFlashAttribute("refused", page.message(e, locale));
        }
        UriComponentsBuilder back = UriComponentsBuilder.fromPath("/programmes/{id}/apportionment");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("mode", form.mode());
        params.put("target", form.target());
        params.put("table", form.table());
        params.put("commune", form.commune());
        params.put("base", form.base());
        params.put("whole", form.whole());
        params.put("wholeFor", form.subject());
        params.forEach((name, value) -> {
            if (value != null) {
                back.queryParam(name, value);
            }
        });
        return "redirect:" + back.buildAndExpand(id).encode().toUriString();
    }
}
