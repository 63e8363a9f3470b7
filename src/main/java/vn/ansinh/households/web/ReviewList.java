package vn.ansinh.households.web;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import vn.ansinh.households.CannotExitReason;
import vn.ansinh.households.HouseholdListing;
import vn.ansinh.households.HouseholdQuery;
import vn.ansinh.households.HouseholdRegistry;
import vn.ansinh.households.PoorCategory;
import vn.ansinh.households.ReviewRecord;
import vn.ansinh.households.ReviewRound;
import vn.ansinh.households.Reviews;
import vn.ansinh.poverty.Classification;
import vn.ansinh.shared.AccessScope;

/**
 * The households of a review round as its page lists them: poor and near-poor first, narrowed by village,
 * status and whether an outcome is recorded, a page at a time, with the counts of the commune.
 */
@Component
class ReviewList {

    /** Rows of a page: one batch of outcomes, short enough to check before saving. */
    static final int PAGE = 50;
    static final String PENDING = "pending";
    static final String RECORDED = "recorded";

    private final HouseholdRegistry registry;
    private final Reviews reviews;

    ReviewList(HouseholdRegistry registry, Reviews reviews) {
        this.registry = registry;
        this.reviews = reviews;
    }

    void fill(Model model, ReviewRound round, String village, String status, String state, int page,
            AccessScope scope) {
        HouseholdQuery all = HouseholdQuery.of(List.of(round.unitId()), round.year()).forReview(round.id(), null);
        Boolean reviewed = PENDING.equals(state) ? Boolean.FALSE : RECORDED.equals(state) ? Boolean.TRUE : null;
        HouseholdQuery query = ListFilters.classified(all.inVillage(village), status).forReview(round.id(), reviewed);
        HouseholdListing listing = registry.find(query, page, PAGE, scope);
        Set<Long> shown = listing.households().stream().map(e -> e.household().id()).collect(Collectors.toSet());
        Map<Long, ReviewRecord> outcomes = reviews.outcomes(round.id(), scope).stream()
                .filter(o -> shown.contains(o.householdId()))
                .collect(Collectors.toMap(ReviewRecord::householdId, Function.identity()));
        model.addAttribute("listing", listing);
        model.addAttribute("paging", listing.paging());
        model.addAttribute("filtered", query.filtered());
        model.addAttribute("total", registry.count(all, scope));
        model.addAttribute("pending", registry.count(all.forReview(round.id(), false), scope));
        model.addAttribute("outcomes", outcomes);
        model.addAttribute("villages", registry.villages(List.of(round.unitId()), scope));
        model.addAttribute("statuses", ListFilters.STATUSES);
        model.addAttribute("filter", new ListFilters.Chosen(village, status, null, state));
        if (model.getAttribute("rowProblems") instanceof Map<?, ?> refused) {
            model.addAttribute("refusedCodes", listing.households().stream()
                    .filter(e -> refused.containsKey(String.valueOf(e.household().id())))
                    .map(e -> e.household().code()).toList());
        }
        model.addAttribute("categories", PoorCategory.values());
        model.addAttribute("reasons", CannotExitReason.values());
        model.addAttribute("after", List.of(Classification.MEDIUM, Classification.NOT_POOR));
    }
}
