package vn.ansinh.accounts.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.ansinh.accounts.AccountsProperties;
import vn.ansinh.accounts.AccountsProperties.DemoAccount;
import vn.ansinh.accounts.PasswordGenerator;
import vn.ansinh.accounts.RoleAssignment;
import vn.ansinh.accounts.UserAccounts;
import vn.ansinh.partners.PartnerOrganisation;
import vn.ansinh.partners.Partners;
import vn.ansinh.units.AdministrativeUnit;
import vn.ansinh.units.Units;

/**
 * In demo mode (the embedded database with the seed programme), one account per role is created
 * when there is no user yet. Passwords are generated, printed once to the console and written to a
 * file under ./data; no password is in the code.
 */
@Component
class DemoAccounts extends BeforeWebServer {

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final AccountsProperties.Demo demo;
    private final UserAccounts accounts;
    private final Units units;
    private final Partners partners;

    DemoAccounts(AccountsProperties properties, UserAccounts accounts, Units units, Partners partners) {
        super(1);
        this.demo = properties.demo();
        this.accounts = accounts;
        this.units = units;
        this.partners = partners;
    }

    @Override
    void run() {
        if (!demo.enabled() || !accounts.none()) {
            return;
        }
        List<String> lines = new ArrayList<>();
        for (DemoAccount account : demo.accounts()) {
            assignment(account).ifPresentOrElse(role -> {
                String password = PasswordGenerator.generate();
                accounts.create(account.username(), account.displayName(), password, Set.of(role));
                lines.add(account.username() + "\t" + password + "\t" + account.role() + "\t" + account.displayName());
            }, () -> log.warn("Demo account {} not created: unit {} or organisation {} does not exist",
                    account.username(), account.unit(), account.organisation()));
        }
        publish(lines);
    }

    private Optional<RoleAssignment> assignment(DemoAccount account) {
        return switch (account.role()) {
            case ADMIN -> Optional.of(RoleAssignment.admin());
            case DATA_PROTECTION_OFFICER -> Optional.of(RoleAssignment.dataProtectionOfficer());
            case ORGANISATION_OFFICER -> partners.byCode(account.organisation()).map(PartnerOrganisation::id)
                    .map(RoleAssignment::ofOrganisation);
            case COMMUNE_OFFICER, VIEWER -> units.byCode(account.unit()).map(AdministrativeUnit::id)
                    .map(id -> RoleAssignment.ofUnit(account.role(), id));
        };
    }

    private void publish(List<String> lines) {
        String text = "username\tpassword\trole\tname\n" + String.join("\n", lines) + "\n";
        log.warn("\n==== ansinh demo accounts (shown once; also in {}) ====\n{}====", demo.file(), text);
        try {
            Path file = Path.of(demo.file());
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            log.error("Could not write the demo accounts to {}", demo.file(), e);
        }
    }
}
