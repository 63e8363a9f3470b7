package vn.ansinh.gratitude.internal;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.ansinh.households.HouseholdAnonymised;

/**
 * When a household's personal data is anonymised, a gratitude house linked to it no longer names its head (in the
 * same transaction); the house, its cost and the day it was handed over stay in the fund's totals.
 */
@Component
class HousesOfAnonymisedHouseholds {

    private final JdbcClient jdbc;

    HousesOfAnonymisedHouseholds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(HouseholdAnonymised anonymised) {
        jdbc.sql("update gratitude_house set head_name = 'Chủ hộ' where household_id = :household")
                .param("household", anonymised.household().id()).update();
    }
}
