package vn.ansinh.allowances.internal;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.ansinh.households.HouseholdAnonymised;

/**
 * When a household's personal data is anonymised after its retention period, the grants linked to it lose theirs in
 * the same transaction: the beneficiary's name, birth date and citizen ID; the decision, months and coefficient stay,
 * so the register's past totals do not change.
 */
@Component
class GrantsOfAnonymisedHouseholds {

    static final String ANONYMOUS = "Người hưởng (đã ẩn danh)";

    private final JdbcClient jdbc;

    GrantsOfAnonymisedHouseholds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(HouseholdAnonymised anonymised) {
        jdbc.sql("update allowance_grant set full_name = :name, birth_date = null, citizen_id = null "
                + "where household_id = :household").param("name", ANONYMOUS)
                .param("household", anonymised.household().id()).update();
    }
}
