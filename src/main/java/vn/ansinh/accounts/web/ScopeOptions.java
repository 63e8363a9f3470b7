package vn.ansinh.accounts.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import vn.ansinh.partners.Partners;
import vn.ansinh.units.UnitNames;
import vn.ansinh.units.Units;

/** Names of the units and organisations a role can be scoped to, for the forms and lists. */
@Component
class ScopeOptions {

    private final Units units;
    private final UnitNames names;
    private final Partners partners;

    ScopeOptions(Units units, UnitNames names, Partners partners) {
        this.units = units;
        this.names = names;
        this.partners = partners;
    }

    void addTo(Model model) {
        Map<Long, String> unitNames = new LinkedHashMap<>();
        units.all().forEach(u -> unitNames.put(u.id(), names.of(u, u.name()) + " (" + u.code() + ")"));
        Map<Long, String> organisationNames = new LinkedHashMap<>();
        partners.all().forEach(o -> organisationNames.put(o.id(), o.name()));
        model.addAttribute("unitNames", unitNames);
        model.addAttribute("organisationNames", organisationNames);
        model.addAttribute("roles", vn.ansinh.accounts.Role.values());
    }
}
