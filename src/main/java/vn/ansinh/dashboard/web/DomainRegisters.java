package vn.ansinh.dashboard.web;

import java.time.LocalDate;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import vn.ansinh.attainment.ComputedTargets;
import vn.ansinh.attainment.RegisterSummaries;
import vn.ansinh.programme.Programmes;
import vn.ansinh.shared.AccessScope;

/**
 * The dashboard's part for people with merit, social protection and children: the targets the registers decide
 * (k of n communes, and which do not meet them) and what the registers hold for the year so far.
 */
@Component
class DomainRegisters {

    private final Programmes programmes;
    private final ComputedTargets targets;
    private final RegisterSummaries summaries;

    DomainRegisters(Programmes programmes, ComputedTargets targets, RegisterSummaries summaries) {
        this.programmes = programmes;
        this.targets = targets;
        this.summaries = summaries;
    }

    void addTo(Model model, long programmeId, LocalDate asOf, AccessScope scope) {
        programmes.byId(programmeId, scope).ifPresent(programme -> {
            model.addAttribute("computedTargets", targets.of(programmeId, scope).orElseThrow());
            model.addAttribute("registers", summaries.ofProgramme(programme, asOf, scope));
        });
    }
}
