package vn.ansinh.targets;

import java.text.Normalizer;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * An indicator's name in the page's language: the catalogue holds a Vietnamese and an English name, and
 * an English page shows the English one ({@code ${@indicatorNames.of(l.code, l.name)}}); a name the
 * catalogue lacks in English stays Vietnamese. So does its measure: «người» is "people" on an English page
 * ({@code indicator.measure.<word without marks>} in the messages; one they lack stays as the catalogue has it).
 */
@Component
public class IndicatorNames {

    private final Indicators indicators;
    private final MessageSource messages;

    IndicatorNames(Indicators indicators, MessageSource messages) {
        this.indicators = indicators;
        this.messages = messages;
    }

    /** The name of the indicator of this code; shown, the Vietnamese name the page already has. */
    public String of(String code, String shown) {
        if (!english()) {
            return shown;
        }
        return indicators.byCode(code).map(this::of).orElse(shown);
    }

    public String of(Indicator indicator) {
        boolean english = english() && indicator.nameEn() != null && !indicator.nameEn().isBlank();
        return english ? indicator.nameEn() : indicator.nameVi();
    }

    /** The measure («người», «hộ», «%») in the page's language. */
    public String measure(String measure) {
        if (!english() || measure == null || measure.isBlank()) {
            return measure;
        }
        return messages.getMessage("indicator.measure." + key(measure), null, measure, LocaleContextHolder.getLocale());
    }

    /** «lao động» → lao.dong: message keys stay in ASCII. */
    private static String key(String measure) {
        String plain = Normalizer.normalize(measure.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").replace('đ', 'd');
        return plain.replaceAll("\\s+", ".");
    }

    private static boolean english() {
        return Locale.ENGLISH.getLanguage().equals(LocaleContextHolder.getLocale().getLanguage());
    }
}
