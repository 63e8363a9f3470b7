package vn.ansinh.accounts.internal;

import java.security.SecureRandom;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.ansinh.accounts.AccountException;
import vn.ansinh.accounts.RoleAssignment;
import vn.ansinh.accounts.UserAccount;
import vn.ansinh.accounts.UserAccounts;

/**
 * Without any user (a new PostgreSQL database), the first administrator is created once on the
 * /setup page with a one-time code printed to the server console — so a stranger who finds the
 * page first cannot claim the installation.
 */
@Component
public class FirstAdministrator extends BeforeWebServer {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final UserAccounts accounts;
    private volatile String code;

    FirstAdministrator(UserAccounts accounts) {
        super(2);
        this.accounts = accounts;
    }

    /** The pending setup code; the console shows it, and tests read it. */
    String code() {
        return code;
    }

    public boolean needed() {
        return code != null && accounts.none();
    }

    public synchronized UserAccount create(String setupCode, String username, String displayName, String password) {
        if (!needed() || setupCode == null || !code.equals(setupCode.strip().toUpperCase(java.util.Locale.ROOT))) {
            throw new AccountException("code", "setup.code.wrong");
        }
        UserAccount admin = accounts.create(username, displayName, password, Set.of(RoleAssignment.admin()));
        code = null;
        return admin;
    }

    @Override
    void run() {
        if (accounts.none()) {
            code = newCode();
            log.warn("\n==== ansinh has no user yet. Open /setup and enter the one-time setup code: {} ====", code);
        }
    }

    private static String newCode() {
        SecureRandom random = new SecureRandom();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return text.insert(4, '-').toString();
    }
}
