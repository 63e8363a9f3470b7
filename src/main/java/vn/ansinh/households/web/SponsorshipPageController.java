package vn.ansinh.households.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import vn.ansinh.annex.ComputedRow;
import vn.ansinh.households.HouseholdNotFoundException;
import vn.ansinh.households.SponsorshipBalance;
import vn.ansinh.households.SponsorshipBalances;
import vn.ansinh.households.SponsorshipRefusal;
import vn.ansinh.households.Sponsorships;
import vn.ansinh.shared.AccessScope;

/**
 * «Đỡ đầu hộ nghèo»: a commune's organisations, their commitments in Biểu 3 against the households
 * given to them, the poor households that can exit with their sponsors, and a proposal for those
 * without one — written only when confirmed, every household's at once or none; a refused save shows the
 * choices as the user made them (422).
 */
@Controller
class SponsorshipPageController {

    private final SponsorshipBalances balances;
    private final Sponsorships sponsorships;
    private final MessageSource messages;

    SponsorshipPageController(SponsorshipBalances balances, Sponsorships sponsorships, MessageSource messages) {
        this.balances = balances;
        this.sponsorships = sponsorships;
        this.messages = messages;
    }

    @GetMapping("/programmes/{id}/sponsorship")
    String page(@PathVariable long id, @RequestParam(required = false) Long unit, Model model, AccessScope scope) {
        return page(id, unit, Map.of(), model, scope);
    }

    /** The page; chosen: the sponsors the user chose, by household, shown instead of the saved ones. */
    private String page(long id, Long unit, Map<Long, Long> chosen, Model model, AccessScope scope) {
        List<ComputedRow> communes = balances.communes(id, scope);
        if (communes.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        long commune = unit != null ? unit : communes.get(0).unitId();
        SponsorshipBalance balance = balances.balance(id, commune, scope)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("programmeId", id);
        model.addAttribute("communes", communes);
        model.addAttribute("balance", balance);
        model.addAttribute("writable", scope.canWrite(commune));
        model.addAttribute("chosen", chosen);
        return "households/sponsorship";
    }

    @PostMapping("/programmes/{id}/sponsorship/assign")
    String assign(@PathVariable long id, @RequestParam long unit, @RequestParam int year,
            @RequestParam List<Long> household, @RequestParam List<String> organisation, AccessScope scope,
            RedirectAttributes redirect, Model model, HttpServletResponse response, Locale locale) {
        Map<Long, Long> sponsors = new LinkedHashMap<>();
        for (int i = 0; i < household.size(); i++) {
            String org = i < organisation.size() ? organisation.get(i) : "";
            sponsors.put(household.get(i), org.isBlank() ? null : Long.valueOf(org));
        }
        try {
            sponsorships.assignAll(year, sponsors, scope);
            redirect.addFlashAttribute("saved", household.size());
        } catch (SponsorshipRefusal e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("refusal", messages.getMessage("sponsorship.page.refused",
                    new Object[] {messages.getMessage(e.code(), e.arguments().toArray(), locale)}, locale));
            return page(id, unit, sponsors, model, scope);
        } catch (HouseholdNotFoundException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "redirect:/programmes/" + id + "/sponsorship?unit=" + unit;
    }
}
