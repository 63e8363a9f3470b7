package vn.ansinh.targets;

import vn.ansinh.shared.Domain;

/**
 * An indicator as entered in its form (the web form binds to it), before it is checked: to create
 * one, or to change one (whose code then stays: programme data files refer to it by code). A rate
 * names its part and whole; nothing else does. A change carries the version the indicator was read
 * at (a save over a newer one is refused); a new one has none.
 */
public record IndicatorDraft(String code, String nameVi, String nameEn, Domain domain, String measure,
        Aggregation aggregation, Long partId, Long wholeId, Integer version) {

    public static IndicatorDraft of(Indicator indicator, int version) {
        return new IndicatorDraft(indicator.code(), indicator.nameVi(), indicator.nameEn(), indicator.domain(),
                indicator.measure(), indicator.aggregation(), indicator.partId(), indicator.wholeId(), version);
    }

    /** An empty form. */
    public static IndicatorDraft empty() {
        return new IndicatorDraft(null, null, null, null, null, null, null, null, null);
    }

    /** The same draft, as read at another version: saving it then puts it over that version. */
    public IndicatorDraft at(int newer) {
        return new IndicatorDraft(code, nameVi, nameEn, domain, measure, aggregation, partId, wholeId, newer);
    }

    /** The indicator with this id and code, texts without surrounding spaces. */
    Indicator toIndicator(Long id, String fixedCode) {
        return new Indicator(id, fixedCode.strip(), nameVi.strip(), nameEn.strip(), domain, measure.strip(),
                aggregation, partId, wholeId);
    }
}
