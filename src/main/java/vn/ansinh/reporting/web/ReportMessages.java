package vn.ansinh.reporting.web;

import java.util.Locale;

import org.springframework.context.MessageSource;

import vn.ansinh.reporting.ReportRefusal;
import vn.ansinh.reporting.ReportState;

/** A report's refusal in the reader's language, a state named as the office names it ("đã gửi"). */
final class ReportMessages {

    private ReportMessages() {
    }

    static String of(ReportRefusal e, MessageSource messages, Locale locale) {
        Object[] arguments = e.arguments().stream().map(a -> a instanceof ReportState state
                ? messages.getMessage("report.state." + state.name(), null, locale) : a).toArray();
        return messages.getMessage(e.code(), arguments, e.code(), locale);
    }
}
