package vn.ansinh.apportionment.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.HttpStatus;
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
import jakarta.servlet.http.HttpServletResponse;
import vn.ansinh.apportionment.ApportionmentException;
import vn.ansinh.apportionment.ApportionmentPlanner;
import vn.ansinh.apportionment.ProgrammeTables;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.targets.FigureConflictException;

/**
 * The apportionment page of a programme: a form, a preview that writes nothing, and "Lưu" that
 * writes the shares as targets. Splitting among the communes is the coordinating office's, so only
 * administrators confirm it (the security configuration says so too); a commune's committed exits
 * are split among organisations by whoever may write that commune's figures. «Lưu» carries the version
 * of the figures the preview was shown at: a save over someone's newer one is refused naming them (409)
 * and the preview is shown again from the figures as they now are; a refused split is said beside its
 * field with every value kept (422).
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
    String confirmCommunes(@PathVariable long id, ApportionmentForm form, @RequestParam(required = false) Long version,
            AccessScope scope, Model model, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes redirect, Locale locale) {
        ApportionmentForm communes = new ApportionmentForm(ApportionmentForm.COMMUNES, form.target(), form.base(),
                form.whole(), null, null, null);
        return confirm(id, communes, version, new Answer(model, request, response, redirect, locale), scope);
    }

    @PostMapping("/programmes/{id}/apportionment/organisations")
    String confirmOrganisations(@PathVariable long id, ApportionmentForm form, @RequestParam(required = false) Long version,
            AccessScope scope, Model model, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes redirect, Locale locale) {
        ApportionmentForm organisations = new ApportionmentForm(ApportionmentForm.ORGANISATIONS, null, form.base(),
                form.whole(), form.table(), form.commune(), null);
        return confirm(id, organisations, version, new Answer(model, request, response, redirect, locale), scope);
    }

    /** What a confirmation answers with: the page again, or a redirect with what was saved. */
    private record Answer(Model model, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes redirect, Locale locale) {
    }

    private String confirm(long id, ApportionmentForm form, Long version, Answer answer, AccessScope scope) {
        ProgrammeTables tables = page.tables(id, scope);
        if (form.commune() != null && !scope.canWrite(form.commune())) {
            throw new AccessDeniedException("unit " + form.commune());
        }
        try {
            answer.redirect().addFlashAttribute("saved", planner.confirm(page.preview(tables, form, scope), version, scope));
            return "redirect:" + back(id, form);
        } catch (FigureConflictException e) {
            answer.response().setStatus(HttpStatus.CONFLICT.value());
            answer.model().addAttribute("refused", page.message("apportionment.conflict", e, answer.locale()));
        } catch (ApportionmentException e) {
            answer.response().setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            if (ApportionmentPage.fieldOf(e) == null) {
                answer.model().addAttribute("refused", page.message(e, answer.locale()));
            }
        }
        page.fill(answer.model(), page.tables(id, scope), form.withWhole(form.whole()), scope,
                answer.request().isUserInRole("ADMIN"), answer.locale());
        return "apportionment/page";
    }

    private static String back(long id, ApportionmentForm form) {
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
        return back.buildAndExpand(id).encode().toUriString();
    }
}
