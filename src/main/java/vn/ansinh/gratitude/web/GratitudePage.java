package vn.ansinh.gratitude.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import vn.ansinh.gratitude.Contribution;
import vn.ansinh.gratitude.ContributionDraft;
import vn.ansinh.gratitude.GiftDraft;
import vn.ansinh.gratitude.GiftOccasion;
import vn.ansinh.gratitude.GratitudeEntries;
import vn.ansinh.gratitude.GratitudeFund;
import vn.ansinh.gratitude.GratitudeYear;
import vn.ansinh.gratitude.HouseDraft;
import vn.ansinh.gratitude.HouseKind;
import vn.ansinh.partners.PartnerOrganisation;
import vn.ansinh.partners.Partners;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.FieldProblems;
import vn.ansinh.units.AdministrativeUnit;

/** What the fund's page shows of a commune's year: its three blocks, the unit chosen, and the forms when it writes. */
@Component
class GratitudePage {

    /** The page's three forms as typed (or empty) and the problems of each: only the form sent has any. */
    record Forms(ContributionDraft contribution, HouseDraft house, GiftDraft gift, FieldProblems contributionProblems,
            FieldProblems houseProblems, FieldProblems giftProblems) {

        static Forms empty(Long unit) {
            return new Forms(ContributionDraft.empty(unit), HouseDraft.empty(unit), GiftDraft.empty(unit),
                    new FieldProblems(), new FieldProblems(), new FieldProblems());
        }

        Long unit() {
            return contribution.unitId() != null ? contribution.unitId()
                    : house.unitId() != null ? house.unitId() : gift.unitId();
        }
    }

    private final GratitudeFund fund;
    private final GratitudeEntries entries;
    private final Partners partners;

    GratitudePage(GratitudeFund fund, GratitudeEntries entries, Partners partners) {
        this.fund = fund;
        this.entries = entries;
        this.partners = partners;
    }

    void fill(Model model, Forms forms, int year, List<AdministrativeUnit> communes, AccessScope scope) {
        Long unit = forms.unit();
        GratitudeYear shown = unit == null ? null : fund.year(unit, year, scope).orElse(null);
        model.addAttribute("communes", communes);
        model.addAttribute("unit", unit);
        model.addAttribute("year", year);
        model.addAttribute("fund", shown);
        model.addAttribute("writes", unit != null && entries.writes(unit, scope));
        model.addAttribute("organisations", unit == null ? Map.of() : organisations(unit));
        model.addAttribute("organisationNames", shown == null ? Map.of() : names(shown.contributions()));
        model.addAttribute("kinds", HouseKind.values());
        model.addAttribute("occasions", GiftOccasion.values());
        model.addAttribute("forms", forms);
    }

    /** The commune's partner organisations, by name: who may be chosen as contributing. */
    private Map<Long, String> organisations(long unit) {
        Map<Long, String> byId = new LinkedHashMap<>();
        partners.all().stream().filter(o -> Objects.equals(o.unitId(), unit))
                .sorted(java.util.Comparator.comparing(PartnerOrganisation::name))
                .forEach(o -> byId.put(o.id(), o.name()));
        return byId;
    }

    private Map<Long, String> names(List<Contribution> contributions) {
        Map<Long, String> byId = new LinkedHashMap<>();
        partners.byIds(contributions.stream().map(Contribution::organisationId).filter(Objects::nonNull).toList())
                .forEach((id, o) -> byId.put(id, o.name()));
        return byId;
    }
}
