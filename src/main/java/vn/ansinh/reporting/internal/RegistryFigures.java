package vn.ansinh.reporting.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.ansinh.households.ReviewOutcome;
import vn.ansinh.households.ReviewRecord;
import vn.ansinh.households.ReviewRound;
import vn.ansinh.households.Reviews;
import vn.ansinh.households.Sponsorships;
import vn.ansinh.partners.PartnerOrganisation;
import vn.ansinh.partners.Partners;
import vn.ansinh.reporting.ReportingPeriod;
import vn.ansinh.shared.AccessScope;

/**
 * What the household registry knows of a report's figures: the exits from poverty the yearly reviews
 * recorded by the period's end — a commune's own, and an organisation's (the households it or one of its
 * branches sponsored that year). Null where no commune concerned has a review of the year: not known.
 */
@Component
class RegistryFigures {

    private static final Set<ReviewOutcome> EXITS = Set.of(ReviewOutcome.EXITS_POVERTY, ReviewOutcome.BECOMES_NEAR_POOR);

    private final Reviews reviews;
    private final Sponsorships sponsorships;
    private final Partners partners;

    RegistryFigures(Reviews reviews, Sponsorships sponsorships, Partners partners) {
        this.reviews = reviews;
        this.sponsorships = sponsorships;
        this.partners = partners;
    }

    Long communeExits(long unit, ReportingPeriod period) {
        return exits(List.of(unit), period).map(exits -> (long) exits.size()).orElse(null);
    }

    Long sponsoredExits(long organisation, List<Long> communes, ReportingPeriod period) {
        Optional<List<ReviewRecord>> exits = exits(communes, period);
        if (exits.isEmpty()) {
            return null;
        }
        Map<Long, Long> sponsors = sponsorships.sponsorsOf(exits.get().stream().map(ReviewRecord::householdId).toList(),
                period.year());
        return exits.get().stream().filter(e -> sponsoredBy(sponsors.get(e.householdId()), organisation)).count();
    }

    private Optional<List<ReviewRecord>> exits(List<Long> communes, ReportingPeriod period) {
        List<ReviewRound> rounds = reviews.rounds(communes, AccessScope.everything()).stream()
                .filter(r -> r.year() == period.year()).toList();
        if (rounds.isEmpty()) {
            return Optional.empty();
        }
        List<ReviewRecord> exits = new ArrayList<>();
        rounds.forEach(r -> reviews.outcomes(r.id(), AccessScope.everything()).stream()
                .filter(o -> EXITS.contains(o.outcome()) && (o.date() == null || !o.date().isAfter(period.endsOn())))
                .forEach(exits::add));
        return Optional.of(exits);
    }

    /** The sponsor is the organisation or one of its branches, at any depth. */
    private boolean sponsoredBy(Long sponsor, long organisation) {
        Long current = sponsor;
        for (int depth = 0; current != null && depth < 10; depth++) {
            if (current == organisation) {
                return true;
            }
            current = partners.byId(current).map(PartnerOrganisation::parentId).orElse(null);
        }
        return false;
    }
}
