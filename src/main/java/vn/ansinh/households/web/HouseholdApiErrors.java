package vn.ansinh.households.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import vn.ansinh.households.HouseholdNotFoundException;
import vn.ansinh.households.InvalidHouseholdException;
import vn.ansinh.households.ReviewRefusal;
import vn.ansinh.households.SponsorshipRefusal;
import vn.ansinh.shared.CodedException;

/**
 * How the registry's API answers what it refuses: 404 for what is not there for the user, 422 with
 * the problems by field, 409 for a step the state does not allow, 400 for a request it cannot read.
 */
@RestControllerAdvice(assignableTypes = {HouseholdApiController.class, ReviewApiController.class})
class HouseholdApiErrors {

    private final MessageSource messages;

    HouseholdApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    /** problems: message by field; "request" or "state" when the whole request is refused. */
    record ProblemsJson(String code, Map<String, String> problems) {
    }

    @ExceptionHandler(HouseholdNotFoundException.class)
    ResponseEntity<Void> notFound() {
        return ResponseEntity.notFound().build();
    }

    @ExceptionHandler(InvalidHouseholdException.class)
    ResponseEntity<ProblemsJson> invalid(InvalidHouseholdException e, Locale locale) {
        Map<String, String> problems = new LinkedHashMap<>();
        e.problems().byField().forEach((field, p) -> problems.put(field,
                messages.getMessage(p.key(), p.arguments().toArray(), p.key(), locale)));
        return ResponseEntity.unprocessableContent().body(new ProblemsJson("invalid", problems));
    }

    @ExceptionHandler({ReviewRefusal.class, SponsorshipRefusal.class})
    ResponseEntity<ProblemsJson> refused(CodedException e, Locale locale) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(new ProblemsJson(e.code(),
                Map.of("state", messages.getMessage(e.code(), e.arguments().toArray(), e.code(), locale))));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemsJson> unreadable(Locale locale) {
        return ResponseEntity.badRequest().body(new ProblemsJson("household.request.unreadable",
                Map.of("request", messages.getMessage("household.request.unreadable", null, locale))));
    }
}
