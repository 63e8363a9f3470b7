package vn.ansinh.households.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.ansinh.households.Household;
import vn.ansinh.households.HouseholdRegistry;
import vn.ansinh.households.Member;
import vn.ansinh.households.Sex;
import vn.ansinh.poverty.Area;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.units.Units;

/** Migration 45 folds the names stored before the search kept them folded, heads and members alike. */
@IntegrationTest
class FillSearchNamesTest {

    @Autowired
    HouseholdRegistry registry;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    Units units;

    @Test
    void namesStoredBeforeTheSearchColumnAreFolded() throws Exception {
        long camAn = units.byCode("QT.CL.AN").orElseThrow().id();
        long id = registry.register(new Household(null, camAn, "FS-" + System.nanoTime() % 1_000_000, null,
                "Nguyễn Văn Hùng", null, null, null, Area.RURAL, List.of(
                        new Member("Nguyễn Văn Hùng", Sex.M, null, "Chủ hộ", null, false, true, null, null),
                        new Member("Lê Thị Mai", Sex.F, null, "Vợ", null, false, true, null, null))),
                AccessScope.everything()).id();
        jdbc.sql("update household set search_name = null where id = :id").param("id", id).update();
        jdbc.sql("update household_member set search_name = null where household_id = :id").param("id", id).update();

        try (Connection connection = dataSource.getConnection()) {
            new FillSearchNames().migrate(new Context() {
                @Override
                public Configuration getConfiguration() {
                    return null;
                }

                @Override
                public Connection getConnection() {
                    return connection;
                }
            });
        }

        assertThat(jdbc.sql("select search_name from household where id = :id").param("id", id).query(String.class)
                .single()).isEqualTo("nguyen van hung");
        assertThat(jdbc.sql("select search_name from household_member where household_id = :id order by sort_order")
                .param("id", id).query(String.class).list()).containsExactly("nguyen van hung", "le thi mai");
    }
}
