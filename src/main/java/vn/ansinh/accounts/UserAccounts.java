package vn.ansinh.accounts;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.accounts.internal.UserAccountRepository;
import vn.ansinh.shared.AuditAction;

/**
 * User accounts: created, enabled or disabled, passwords reset, roles assigned. Every change
 * publishes {@link AccountChanged}, which the audit records in the same transaction.
 */
@Service
@Transactional(readOnly = true)
public class UserAccounts {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,59}");
    /** Enough to catch a typing slip; whether the address exists only the mail server knows. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

    private final UserAccountRepository repository;
    private final PasswordEncoder encoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    UserAccounts(UserAccountRepository repository, PasswordEncoder encoder, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.encoder = encoder;
        this.events = events;
        this.clock = clock;
    }

    public List<UserAccount> all() {
        return repository.findAllByOrderByUsername();
    }

    public Optional<UserAccount> byId(long id) {
        return repository.findById(id);
    }

    public Optional<UserAccount> byUsername(String username) {
        return repository.findByUsername(username);
    }

    public boolean none() {
        return repository.count() == 0;
    }

    @Transactional
    public UserAccount create(String username, String displayName, String password, Set<RoleAssignment> roles) {
        return create(username, displayName, null, password, roles);
    }

    /** A new account; email: where its reminders are sent (blank: none). */
    @Transactional
    public UserAccount create(String username, String displayName, String email, String password,
            Set<RoleAssignment> roles) {
        String name = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        if (!USERNAME.matcher(name).matches()) {
            throw new AccountException("username", "account.username.invalid");
        }
        if (repository.findByUsername(name).isPresent()) {
            throw new AccountException("username", "account.username.taken");
        }
        String address = email(email);
        checkPassword(password, name);
        checkRoles(roles);
        UserAccount account = repository.save(new UserAccount(null, name, displayName.strip(), encoder.encode(password),
                true, clock.instant(), roles, address));
        events.publishEvent(new AccountChanged(AuditAction.CREATE, account.id(), null, account.snapshot(), "create"));
        return account;
    }

    @Transactional
    public UserAccount setEnabled(long id, boolean enabled) {
        return change(id, account -> account.withEnabled(enabled), enabled ? "enable" : "disable");
    }

    @Transactional
    public UserAccount resetPassword(long id, String password) {
        UserAccount account = repository.findById(id).orElseThrow(() -> new AccountException("id", "account.unknown"));
        checkPassword(password, account.username());
        return change(id, a -> a.withPasswordHash(encoder.encode(password)), "password");
    }

    @Transactional
    public UserAccount assignRoles(long id, Set<RoleAssignment> roles) {
        checkRoles(roles);
        return change(id, account -> account.withRoles(roles), "roles");
    }

    /** Sets (blank: removes) the address the account's reminders are e-mailed to. */
    @Transactional
    public UserAccount setEmail(long id, String email) {
        String address = email(email);
        return change(id, account -> account.withEmail(address), "email");
    }

    /** The address as stored: stripped, null when blank; refused when it cannot be one. */
    private static String email(String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        String address = email.strip();
        if (address.length() > 254 || !EMAIL.matcher(address).matches()) {
            throw new AccountException("email", "account.email.invalid");
        }
        return address;
    }

    private UserAccount change(long id, java.util.function.UnaryOperator<UserAccount> change, String what) {
        UserAccount before = repository.findById(id).orElseThrow(() -> new AccountException("id", "account.unknown"));
        UserAccount after = repository.save(change.apply(before));
        events.publishEvent(new AccountChanged(AuditAction.UPDATE, id, before.snapshot(), after.snapshot(), what));
        return after;
    }

    private static void checkPassword(String password, String username) {
        List<String> problems = PasswordPolicy.problems(password, username);
        if (!problems.isEmpty()) {
            throw new AccountException("password", problems);
        }
    }

    private static void checkRoles(Set<RoleAssignment> roles) {
        if (roles.isEmpty()) {
            throw new AccountException("roles", "account.roles.empty");
        }
        if (roles.stream().anyMatch(r -> !r.isComplete())) {
            throw new AccountException("roles", "account.roles.incomplete");
        }
    }
}
