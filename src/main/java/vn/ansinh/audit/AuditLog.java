package vn.ansinh.audit;

import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;
import vn.ansinh.audit.internal.AuditEventStore;
import vn.ansinh.audit.internal.PersonalValues;
import vn.ansinh.shared.AuditedChange;

/**
 * The audit log: who changed what, when, and the values before and after. Append-only by
 * construction: it can record and read, and there is no way to change or remove an entry.
 * Recording joins the caller's transaction, so an entry stands or falls with its change.
 */
@Service
public class AuditLog {

    /** The actor of work nobody is signed in for, such as loading the seed at start-up. */
    public static final String SYSTEM = "system";
    public static final int PAGE_SIZE = 50;
    static final int MAX_ACTOR = 100;
    static final int MAX_VALUE = 20_000;
    /** A sealed value grows by a third and more (base64, nonce, tag, subject): its JSON must stay under this. */
    static final int MAX_SEALED_VALUE = 14_000;

    private final AuditEventStore store;
    private final PersonalValues personal;
    private final JsonMapper json;
    private final Clock clock;

    AuditLog(AuditEventStore store, PersonalValues personal, JsonMapper json, Clock clock) {
        this.store = store;
        this.personal = personal;
        this.json = json;
        this.clock = clock;
    }

    /** Records a change made by the signed-in user, or by {@link #SYSTEM} when nobody is signed in. */
    public void record(AuditedChange change) {
        record(currentActor(), change);
    }

    /**
     * Records a change by a named actor: a login names the user before anyone is signed in. Values holding a
     * subject's personal data are sealed with the subject's key; a change erasing that data destroys the key.
     */
    public void record(String actor, AuditedChange change) {
        PersonalValues.Sealer sealer = change.erasesPersonalData() || change.personalSubject() == null ? null
                : personal.sealer(change.personalSubject());
        store.insert(new AuditEvent(null, clock.instant(), clip(actor, MAX_ACTOR), change.action().name(),
                change.entityType(), change.entityId(), change.unitId(), kept(change.oldValue(), sealer),
                kept(change.newValue(), sealer)));
        if (change.erasesPersonalData() && change.personalSubject() != null) {
            personal.erase(change.personalSubject());
        }
    }

    @Transactional(readOnly = true)
    public AuditPage search(AuditFilter filter, int page) {
        int current = Math.max(1, page);
        PersonalValues.Opener opener = personal.opener();
        List<AuditEvent> events = store.find(filter, PAGE_SIZE, (long) (current - 1) * PAGE_SIZE).stream()
                .map(opener::open).toList();
        return new AuditPage(events, current, PAGE_SIZE, store.count(filter));
    }

    /**
     * Every matching entry, newest first, one at a time, so an export never holds the whole log; in one
     * transaction, so opening a sealed value reads its key on the connection the entries come from.
     */
    @Transactional(readOnly = true)
    public void forEach(AuditFilter filter, Consumer<AuditEvent> each) {
        PersonalValues.Opener opener = personal.opener();
        store.forEach(filter, event -> each.accept(opener.open(event)));
    }

    public List<String> entityTypes() {
        return store.entityTypes();
    }

    public List<String> actors() {
        return store.actors();
    }

    private static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication.getName() == null ? SYSTEM : authentication.getName();
    }

    /** A value as the entry keeps it: JSON, sealed with the subject's key when it has one. */
    private String kept(Object value, PersonalValues.Sealer sealer) {
        if (sealer == null) {
            return toJson(value, MAX_VALUE, false);
        }
        return sealer.seal(toJson(value, MAX_SEALED_VALUE, true));
    }

    /**
     * JSON of a value. One too long for the column (in characters, or in bytes for a value to be sealed) is cut
     * and marked as cut rather than failing, because a failed audit insert would roll back a legitimate change;
     * the escaped prefix stays well under the limit even if every character were escaped.
     */
    private String toJson(Object value, int most, boolean inBytes) {
        if (value == null) {
            return null;
        }
        String text = json.writeValueAsString(value);
        int size = inBytes ? text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length : text.length();
        if (size <= most) {
            return text;
        }
        return json.writeValueAsString(new Truncated(true, text.length(), text.substring(0, most / (inBytes ? 16 : 8))));
    }

    private static String clip(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }

    record Truncated(boolean truncated, int length, String start) {
    }
}
