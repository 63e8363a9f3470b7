package vn.ansinh.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.shared.AuditAction;

/**
 * Personal API tokens that an administrator issues to a user and revokes. The API accepts them as
 * "Authorization: Bearer …" with the user's roles and scopes; only a SHA-256 hash is stored. A password reset or
 * disabling the account revokes them all.
 */
@Service
@Transactional(readOnly = true)
public class ApiTokens {

    private static final String PREFIX = "ansinh_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final UserAccounts accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ApiTokens(JdbcClient jdbc, UserAccounts accounts, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    /** The token to hand to the user, once; afterwards only its hash exists. */
    public record IssuedToken(long id, String token) {
    }

    @Transactional
    public IssuedToken issue(long userId, String name) {
        UserAccount account = accounts.byId(userId).orElseThrow(() -> new AccountException("id", "account.unknown"));
        if (name == null || name.isBlank()) {
            throw new AccountException("name", "token.name.empty");
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into api_token (user_id, name, token_hash, created_at) values (?, ?, ?, ?)")
                .params(userId, name.strip(), hash(token), Timestamp.from(clock.instant())).update(key, "id");
        long id = key.getKey().longValue();
        events.publishEvent(new ApiTokenChanged(AuditAction.CREATE, id, account.username(), name.strip()));
        return new IssuedToken(id, token);
    }

    @Transactional
    public void revoke(long tokenId) {
        ApiToken token = byId(tokenId).orElseThrow(() -> new AccountException("id", "token.unknown"));
        if (!token.active()) {
            return;
        }
        jdbc.sql("update api_token set revoked_at = ? where id = ?").params(Timestamp.from(clock.instant()), tokenId).update();
        String username = accounts.byId(token.userId()).map(UserAccount::username).orElse("");
        events.publishEvent(new ApiTokenChanged(AuditAction.DELETE, tokenId, username, token.name()));
    }

    /**
     * A password reset or a disabled account ends the user's tokens, as it ends their sessions: whoever had the
     * password may have made one. In the change's transaction, each revocation audited.
     */
    @EventListener
    @Transactional
    public void endTokensOf(AccountChanged change) {
        if ("password".equals(change.what()) || "disable".equals(change.what())) {
            ofUser(change.accountId()).stream().filter(ApiToken::active).forEach(token -> revoke(token.id()));
        }
    }

    public List<ApiToken> ofUser(long userId) {
        return jdbc.sql("select id, user_id, name, created_at, revoked_at from api_token where user_id = ? order by id")
                .param(userId).query(ApiTokens::row).list();
    }

    public Optional<ApiToken> byId(long id) {
        return jdbc.sql("select id, user_id, name, created_at, revoked_at from api_token where id = ?")
                .param(id).query(ApiTokens::row).optional();
    }

    /** The enabled account an active token belongs to. */
    public Optional<UserAccount> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        return jdbc.sql("select user_id from api_token where token_hash = ? and revoked_at is null")
                .param(hash(token)).query(Long.class).optional()
                .flatMap(accounts::byId).filter(UserAccount::enabled);
    }

    private static ApiToken row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        Timestamp revoked = rs.getTimestamp("revoked_at");
        return new ApiToken(rs.getLong("id"), rs.getLong("user_id"), rs.getString("name"),
                rs.getTimestamp("created_at").toInstant(), revoked == null ? null : revoked.toInstant());
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
