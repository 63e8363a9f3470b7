package vn.ansinh.shared;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * The one rule for showing personal data unmasked in the browser: a user whose role may see it first says why
 * (an {@link AccessPurpose}, once per session); until then a page shows it masked with the purpose form above,
 * and a download goes to that form first. Every unmasked view or download then publishes
 * {@link PersonalDataShown} with the purpose, which the access log keeps. An API client, which has no purpose
 * form, names its purpose in the request ({@code ?purpose=POVERTY_REVIEW}); a read without one is answered
 * masked.
 */
@Component
public class PersonalDataViews {

    /** The session attribute holding the purpose chosen. */
    public static final String PURPOSE = "ansinh.personalData.purpose";
    /** The request parameter an API call names its purpose with. */
    public static final String API_PURPOSE = "purpose";

    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final Clock clock;

    PersonalDataViews(ApplicationEventPublisher events, MessageSource messages, Clock clock) {
        this.events = events;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * What a file of people's data says of itself: that it holds personal data, and — taken in full — for which
     * purpose, by whom and when (the law asks that such exports be marked).
     */
    public String marking(AccessScope scope, HttpServletRequest request) {
        Optional<AccessPurpose> purpose = purpose(request);
        Principal user = request.getUserPrincipal();
        if (!scope.personalData() || purpose.isEmpty() || user == null) {
            return messages.getMessage("privacy.export.masked", null, LocaleContextHolder.getLocale());
        }
        return marking(purpose.get(), user.getName());
    }

    /** The marking of a file taken in full for this purpose by this user, now. */
    public String marking(AccessPurpose purpose, String username) {
        Locale locale = LocaleContextHolder.getLocale();
        String why = messages.getMessage("privacy.purpose." + purpose.name(), null, locale);
        return messages.getMessage("privacy.export.marking", new Object[] {why, username,
                OfficeTime.minute(clock.instant())}, locale);
    }

    /** The purpose chosen in this session or, for an API call, named by the request; an unknown name is refused. */
    public static Optional<AccessPurpose> purpose(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(PURPOSE) instanceof AccessPurpose p) {
            return Optional.of(p);
        }
        String named = isApi(request) ? request.getParameter(API_PURPOSE) : null;
        if (named == null || named.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(AccessPurpose.valueOf(named.strip()));
        } catch (IllegalArgumentException e) {
            throw new UnknownPurposeException(named);
        }
    }

    /**
     * The scope an API read is answered with: personal data in full only when the call names its purpose, as a
     * page shows it only once one is chosen. Writes keep the scope (what they answer is what the caller sent).
     */
    public static AccessScope forApi(AccessScope scope, HttpServletRequest request) {
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        return read && isApi(request) && scope.personalData() && purpose(request).isEmpty()
                ? scope.withoutPersonalData() : scope;
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    public static void choose(HttpSession session, AccessPurpose purpose) {
        session.setAttribute(PURPOSE, purpose);
    }

    /** Whether the user may see personal data unmasked but has not said why in this session. */
    public boolean purposeMissing(AccessScope scope, HttpServletRequest request) {
        return scope.personalData() && purpose(request).isEmpty();
    }

    /**
     * The scope to show a page with: personal data unmasked only once a purpose is chosen. The page gets
     * {@code purposeChoice}, null for a user who sees personal data masked anyway.
     */
    public AccessScope forPage(AccessScope scope, HttpServletRequest request, Model model) {
        model.addAttribute("purposeChoice", scope.personalData() ? new PurposeChoice(List.of(AccessPurpose.values()),
                here(request), purposeForm(request), purpose(request).orElse(null)) : null);
        return purposeMissing(scope, request) ? scope.withoutPersonalData() : scope;
    }

    /** The purpose form, coming back to this request once a purpose is chosen. */
    public String purposeForm(HttpServletRequest request) {
        return "/personal-data/purpose?next=" + URLEncoder.encode(here(request), StandardCharsets.UTF_8);
    }

    /** Publishes that unmasked data was shown — only when it was: a scope with personal data and a purpose chosen. */
    public void shown(AccessScope scope, HttpServletRequest request, PersonalDataAction action, Long householdId,
            String householdCode, Long unitId, List<String> citizenIds) {
        Optional<AccessPurpose> purpose = purpose(request);
        Principal user = request.getUserPrincipal();
        if (scope.personalData() && purpose.isPresent() && user != null) {
            events.publishEvent(new PersonalDataShown(user.getName(), action, purpose.get(), householdId, householdCode,
                    unitId, citizenIds));
        }
    }

    private static String here(HttpServletRequest request) {
        String query = request.getQueryString();
        return request.getRequestURI() + (query == null ? "" : "?" + query);
    }

    /**
     * For a user who may see personal data: what the purpose form offers, the page it goes back to, the link to
     * the form (to change the purpose) and the purpose chosen (null: none yet, the page is masked).
     */
    public record PurposeChoice(List<AccessPurpose> purposes, String next, String formLink, AccessPurpose chosen) {
    }
}
