package vn.ansinh.partners.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.ansinh.partners.OrganisationsFollowUnits;
import vn.ansinh.units.SuccessionsImported;
import vn.ansinh.units.UnitsImported;
import vn.ansinh.units.UnitsSucceeded;

/**
 * Organisations follow their units in the same transaction as the succession is recorded (as the audit does): a
 * succession entered by hand, a succession list or a unit list (a unit going on under a new version) imported.
 */
@Component
class FollowUnitSuccessions {

    private final OrganisationsFollowUnits follow;

    FollowUnitSuccessions(OrganisationsFollowUnits follow) {
        this.follow = follow;
    }

    @EventListener
    void on(UnitsSucceeded succeeded) {
        follow.follow(succeeded.successorId(), succeeded.effectiveOn());
    }

    @EventListener
    void on(SuccessionsImported imported) {
        follow.followAll(imported.effective());
    }

    @EventListener
    void on(UnitsImported imported) {
        follow.followAll(imported.effective());
    }
}
