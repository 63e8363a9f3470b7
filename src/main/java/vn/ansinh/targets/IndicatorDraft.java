package vn.ansinh.targets;

import vn.ansinh.shared.Domain;

/**
 * An indicator as entered in its form (the web form binds to it), before it is checked: to create
 * one, or to change one (whose code then stays: programme data files refer to it by code). A rate
 * names its part and whole; nothing else does.
 */
public record IndicatorDraft(String code, String nameVi, String nameEn, Domain domain, String measure,
        Aggregation aggregation, Long partId, Long wholeId) {

    public static IndicatorDraft of(Indicator indicator) {
        return new IndicatorDraft(indicator.code(), indicator.nameVi(), indicator.nameEn(), indicator.domain(),
                indicator.measure(), indicator.aggregation(), indicator.partId(), indicator.wholeId());
    }

    /** An empty form. */
    public static IndicatorDraft empty() {
        return new IndicatorDraft(null, null, null, null, null, null, null, null);
    }

    /** The indicator with this id and code, texts without surrounding spaces. */
    Indicator toIndicator(Long id, String fixedCode) {
        return new Indicator(id, fixedCode.strip(), nameVi.strip(), nameEn.strip(), domain, measure.strip(),
                aggregation, partId, wholeId);
    }
}
