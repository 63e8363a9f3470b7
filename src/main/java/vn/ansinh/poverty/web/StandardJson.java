package vn.ansinh.poverty.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import vn.ansinh.poverty.PovertyStandard;

/** A poverty standard as the API gives it: validity, rule, income lines per area and indicators. */
record StandardJson(long id, String code, String name, String legalBasis, LocalDate validFrom, LocalDate validTo,
        boolean draft, String rule, int deprivationThreshold, List<ThresholdJson> thresholds,
        List<IndicatorJson> indicators, String note) {

    /** Lines in đồng per person and month; nearPoorLine and mediumLine where the standard has them. */
    record ThresholdJson(String area, BigDecimal poorLine, BigDecimal nearPoorLine, BigDecimal mediumLine) {
    }

    record IndicatorJson(String code, String dimension, String name, String nameEn) {
    }

    static StandardJson of(PovertyStandard s) {
        return new StandardJson(s.id(), s.code(), s.name(), s.legalBasis(), s.validFrom(), s.validTo(), s.draft(),
                s.rule().name(), s.deprivationThreshold(),
                s.thresholds().stream().map(t -> new ThresholdJson(t.area().name(), t.poorLine(), t.nearPoorLine(),
                        t.mediumLine())).toList(),
                s.indicators().stream().map(i -> new IndicatorJson(i.code(), i.dimension(), i.name(), i.nameEn())).toList(),
                s.note());
    }
}
