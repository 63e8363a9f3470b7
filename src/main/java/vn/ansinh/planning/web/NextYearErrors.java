package vn.ansinh.planning.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

import vn.ansinh.planning.NextYear;
import vn.ansinh.planning.NextYearException;

/** How the page and the API answer a refusal: an unknown programme is 404, anything else is said in words. */
final class NextYearErrors {

    private NextYearErrors() {
    }

    static void requireKnown(NextYear nextYear, long programmeId) {
        try {
            nextYear.yearAfter(programmeId);
        } catch (NextYearException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "programme");
        }
    }

    static String message(MessageSource messages, NextYearException e, Locale locale) {
        return messages.getMessage(e.code(), e.arguments().toArray(), locale);
    }
}
