package vn.ansinh.targets;

import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * An indicator's name in the page's language: the catalogue holds a Vietnamese and an English name, and
 * an English page shows the English one ({@code ${@indicatorNames.of(l.code, l.name)}}); a name the
 * catalogue lacks in English stays Vietnamese.
 */
@Component
public class IndicatorNames {

    private final Indicators indicators;

    IndicatorNames(Indicators indicators) {
        this.indicators = indicators;
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

    private static boolean english() {
        return Locale.ENGLISH.getLanguage().equals(LocaleContextHolder.getLocale().getLanguage());
    }
}
