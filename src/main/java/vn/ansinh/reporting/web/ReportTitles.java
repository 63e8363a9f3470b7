package vn.ansinh.reporting.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

import vn.ansinh.partners.PartnerOrganisation;
import vn.ansinh.partners.Partners;
import vn.ansinh.reporting.Report;
import vn.ansinh.reporting.ReporterKind;
import vn.ansinh.reporting.ReportingPeriod;
import vn.ansinh.units.UnitNames;
import vn.ansinh.units.Units;

/**
 * Whose report it is, in words: «Báo cáo tháng 3/2019 — Xã Cam An». The heading, the title and every
 * message about a report name it so, since an office has a report of each commune and organisation open.
 */
@Component
class ReportTitles {

    private final Units units;
    private final UnitNames unitNames;
    private final Partners partners;
    private final MessageSource messages;

    ReportTitles(Units units, UnitNames unitNames, Partners partners, MessageSource messages) {
        this.units = units;
        this.unitNames = unitNames;
        this.partners = partners;
        this.messages = messages;
    }

    String of(Report report, ReportingPeriod period, Locale locale) {
        String when = messages.getMessage("reportPage.period." + period.kind(),
                new Object[] {period.number(), period.year()}, locale);
        return messages.getMessage("reportPage.title", new Object[] {when, reporter(report, locale)}, locale);
    }

    private String reporter(Report report, Locale locale) {
        if (report.reporterKind() == ReporterKind.ORGANISATION) {
            return partners.byId(report.reporterId()).map(PartnerOrganisation::name).orElse("");
        }
        return units.byId(report.reporterId()).map(u -> StringUtils.capitalize(unitNames.of(u, locale))).orElse("");
    }
}
