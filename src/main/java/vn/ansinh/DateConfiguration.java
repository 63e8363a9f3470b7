package vn.ansinh;

import java.text.ParseException;
import java.time.LocalDate;
import java.util.Locale;

import org.springframework.context.annotation.Configuration;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import vn.ansinh.shared.Dates;

/**
 * Every LocalDate a request carries (parameters, form fields, with or without @DateTimeFormat) is read
 * by the shared strict reading, so a day that does not exist is refused instead of moved to the
 * month's last day by the locale's lenient short format.
 */
@Configuration(proxyBeanMethods = false)
class DateConfiguration implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldType(LocalDate.class, new StrictDate());
    }

    /** Parses dd/mm/yyyy or yyyy-mm-dd strictly; prints ISO, as date inputs expect. */
    static final class StrictDate implements Formatter<LocalDate> {

        @Override
        public LocalDate parse(String text, Locale locale) throws ParseException {
            Dates.Reading reading = Dates.read(text);
            if (!reading.ok()) {
                throw new ParseException(text, 0);
            }
            return reading.date();
        }

        @Override
        public String print(LocalDate date, Locale locale) {
            return date.toString();
        }
    }
}
