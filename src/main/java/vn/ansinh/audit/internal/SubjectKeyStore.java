package vn.ansinh.audit.internal;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The keys the audit seals a subject's personal values with (AES-256, one per household or person). A key is
 * made the first time a subject's entry is written and deleted when the subject's data is erased; it is the one
 * thing about the audit that is ever deleted, and deleting it changes no entry.
 */
@Repository
public class SubjectKeyStore {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;

    SubjectKeyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The subject's key, made now if it has none (two writers at once get the same one). */
    public byte[] keyOf(String subject) {
        byte[] fresh = new byte[32];
        RANDOM.nextBytes(fresh);
        jdbc.sql("insert into audit_subject_key (subject, secret) values (:subject, :secret) on conflict do nothing")
                .param("subject", subject).param("secret", Base64.getEncoder().encodeToString(fresh)).update();
        return find(subject).orElseThrow();
    }

    /** The subject's key; empty once its data was erased. */
    public Optional<byte[]> find(String subject) {
        return jdbc.sql("select secret from audit_subject_key where subject = :subject").param("subject", subject)
                .query(String.class).optional().map(Base64.getDecoder()::decode);
    }

    public void destroy(String subject) {
        jdbc.sql("delete from audit_subject_key where subject = :subject").param("subject", subject).update();
    }
}
