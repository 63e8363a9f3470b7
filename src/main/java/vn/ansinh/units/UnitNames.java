package vn.ansinh.units;

import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * A unit's name in the page's language, the one place every page, message and export heading names a
 * unit through: a Vietnamese page says «xã Cam An», an English one "Cam An Commune" — the short name kept
 * with its diacritics, the kind word translated ({@code unit.named.<KIND>} in the messages). In templates:
 * {@code ${@unitNames.label(r.unitId, r.label)}} keeps what a Vietnamese page shows (a printed label, «TT Cam Lộ»).
 */
@Component
public class UnitNames {

    /** A kind word some lists write into the name itself («Xã Cam An»): not repeated in the English form. */
    private static final Pattern PREFIX = Pattern.compile("^(?iu)(" + UnitNameMatcher.KIND_WORDS + ")\\s+");
    private static final Pattern NUMBER = Pattern.compile("\\d+");

    private final Units units;
    private final MessageSource messages;

    UnitNames(Units units, MessageSource messages) {
        this.units = units;
        this.messages = messages;
    }

    /** The unit with its kind in the page's language: «xã Cam An», "Cam An Commune". */
    public String of(AdministrativeUnit unit) {
        return of(unit, LocaleContextHolder.getLocale());
    }

    /** The same, capitalised to begin a heading or a list entry: «Xã Cam An», "Cam An Commune". */
    public String title(AdministrativeUnit unit) {
        return StringUtils.capitalize(of(unit));
    }

    public String of(AdministrativeUnit unit, Locale locale) {
        String name = PREFIX.matcher(unit.name().strip()).replaceFirst("");
        boolean english = english(locale);
        if (!english && name.length() < unit.name().strip().length()) {
            return unit.name().strip();
        }
        if (english && NUMBER.matcher(name).matches()) {
            return StringUtils.capitalize(messages.getMessage("unit.kind." + unit.kind(), null, locale)) + " " + name;
        }
        return messages.getMessage("unit.named." + unit.kind(), new Object[] {name}, locale);
    }

    /** The unit of this id with its kind, as {@link #of(AdministrativeUnit)}; an unknown id: nothing. */
    public String named(Long unitId) {
        return unitId == null ? "" : units.byId(unitId).map(this::of).orElse("");
    }

    /** The unit of this id as {@link #title}, to begin a list entry; an unknown id: nothing. */
    public String titled(Long unitId) {
        return StringUtils.capitalize(named(unitId));
    }

    /**
     * What a Vietnamese page shows of the unit as it is (its short name, a printed label); on an English
     * page the unit's English form. An unknown unit (a total row: none) keeps what is shown.
     */
    public String label(Long unitId, String shown) {
        if (unitId == null || !english(LocaleContextHolder.getLocale())) {
            return shown;
        }
        return units.byId(unitId).map(this::of).orElse(shown);
    }

    /** As {@link #label(Long, String)}, with the unit at hand. */
    public String of(AdministrativeUnit unit, String shown) {
        return english(LocaleContextHolder.getLocale()) ? of(unit) : shown;
    }

    private static boolean english(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
    }
}
