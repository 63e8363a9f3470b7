package vn.ansinh.commitments;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** «Tháng 3/2019», «Quý I/2019», «Cả năm 2019»: a period as the office names it, from its code, never the code. */
@Component
public class PeriodNames {

    private final MessageSource messages;

    PeriodNames(MessageSource messages) {
        this.messages = messages;
    }

    public String of(String code, Locale locale) {
        String[] parts = code.split("-");
        int year = Integer.parseInt(parts[0]);
        if (parts.length == 1) {
            return messages.getMessage("period.name.YEAR", new Object[] {1, year}, locale);
        }
        boolean quarter = parts[1].startsWith("Q");
        int number = Integer.parseInt(quarter ? parts[1].substring(1) : parts[1]);
        return messages.getMessage(quarter ? "period.name.QUARTER" : "period.name.MONTH", new Object[] {number, year},
                locale);
    }
}
