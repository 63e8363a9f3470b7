package vn.ansinh.reporting.web;

import java.util.Locale;

import org.springframework.context.MessageSource;

import vn.ansinh.reporting.ReportRefusal;

/** A report's refusal in the reader's language (its state named as the office names it: "đã gửi"). */
final class ReportMessages {

    private ReportMessages() {
    }

    static String of(ReportRefusal e, MessageSource messages, Locale locale) {
        return messages.getMessage(e.code(), e.arguments().toArray(), e.code(), locale);
    }
}
