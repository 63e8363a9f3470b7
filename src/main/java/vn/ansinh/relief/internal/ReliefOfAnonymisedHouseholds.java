package vn.ansinh.relief.internal;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.ansinh.households.HouseholdAnonymised;

/**
 * When a household's personal data is anonymised, an affected household linked to it no longer names its head (in the
 * same transaction); the damage and the relief given stay in the event's totals.
 */
@Component
class ReliefOfAnonymisedHouseholds {

    private final JdbcClient jdbc;

    ReliefOfAnonymisedHouseholds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(HouseholdAnonymised anonymised) {
        jdbc.sql("update relief_household set head_name = 'Chủ hộ' where household_id = :household")
                .param("household", anonymised.household().id()).update();
    }
}
