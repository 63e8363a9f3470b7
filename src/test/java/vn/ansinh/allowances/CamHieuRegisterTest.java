package vn.ansinh.allowances;

import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.ansinh.accounts.Role;
import vn.ansinh.accounts.RoleAssignment;
import vn.ansinh.accounts.UserAccounts;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.support.TestAccounts;
import vn.ansinh.units.Units;

/**
 * What the tests of Cam Hiếu's register share: the services, the commune, and an officer of Cam An (who may not
 * write it). Each subclass names its own database, so their grants do not meet.
 */
abstract class CamHieuRegisterTest {

    static final String OFFICER = "canbo.tc.caman";
    static final AccessScope ALL = AccessScope.everything();

    @Autowired
    MockMvc mvc;
    @Autowired
    Grants grants;
    @Autowired
    AllowanceBases bases;
    @Autowired
    Units units;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    long camHieu;

    @BeforeEach
    void camHieu() {
        camHieu = units.byCode("QT.CL.HIEU").orElseThrow().id();
        TestAccounts.ensure(accounts, OFFICER, Set.of(RoleAssignment.ofUnit(Role.COMMUNE_OFFICER,
                units.byCode("QT.CL.AN").orElseThrow().id())));
    }

    long audited() {
        return jdbc.sql("select count(*) from audit_event where entity_type = 'allowance_grant'").query(Long.class).single();
    }
}
