package vn.ansinh.audit.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.ansinh.audit.AuditEvent;

/**
 * Personal values in the audit log: sealed with their subject's key as they are written, opened as they are
 * read, and — once the subject's key is destroyed by an erasure — read as {@link #ERASED}.
 */
@Component
public class PersonalValues {

    /** What an entry's value reads as once its subject's personal data was erased. */
    public static final String ERASED = "{\"personalDataErased\":true}";

    private final SubjectKeyStore keys;

    PersonalValues(SubjectKeyStore keys) {
        this.keys = keys;
    }

    /** Seals values of one subject with its key, made if it has none and looked up once for all of them. */
    public Sealer sealer(String subject) {
        return new Sealer(subject);
    }

    public void erase(String subject) {
        keys.destroy(subject);
    }

    /** A reader of entries that asks for each subject's key once. */
    public Opener opener() {
        return new Opener();
    }

    /** Seals the values of one subject's entry (before and after) with the subject's key, read once. */
    public final class Sealer {

        private final String subject;
        private byte[] key;

        private Sealer(String subject) {
            this.subject = subject;
        }

        /** The value as stored; none stays none. */
        public String seal(String json) {
            if (json == null) {
                return null;
            }
            if (key == null) {
                key = keys.keyOf(subject);
            }
            return SealedValue.seal(subject, key, json);
        }
    }

    /** Opens the sealed values of the entries it is given, remembering the keys it looked up. */
    public final class Opener {

        private final Map<String, Optional<byte[]>> found = new HashMap<>();

        public AuditEvent open(AuditEvent event) {
            if (!SealedValue.isSealed(event.oldValue()) && !SealedValue.isSealed(event.newValue())) {
                return event;
            }
            return new AuditEvent(event.id(), event.occurredAt(), event.actor(), event.action(), event.entityType(),
                    event.entityId(), event.unitId(), open(event.oldValue()), open(event.newValue()));
        }

        private String open(String stored) {
            if (!SealedValue.isSealed(stored)) {
                return stored;
            }
            return found.computeIfAbsent(SealedValue.subject(stored), keys::find)
                    .map(key -> SealedValue.open(key, stored)).orElse(ERASED);
        }
    }
}
