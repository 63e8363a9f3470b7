package vn.ansinh.intake.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import vn.ansinh.annex.ColumnRole;
import vn.ansinh.annex.HeaderCell;
import vn.ansinh.annex.TableCheck;
import vn.ansinh.checks.StatedFigure;
import vn.ansinh.partners.OrganisationKind;
import vn.ansinh.programme.DocumentReference;
import vn.ansinh.programme.PartyRole;
import vn.ansinh.programme.SectionKind;
import vn.ansinh.shared.Domain;
import vn.ansinh.targets.Aggregation;
import vn.ansinh.units.SuccessionKind;
import vn.ansinh.units.UnitKind;

/** A programme data file as read, before its references are resolved against the database. */
record ProgrammeFile(
        List<UnitEntry> units,
        List<OrganisationEntry> organisations,
        List<IndicatorEntry> indicators,
        List<TargetEntry> targets,
        ProgrammeEntry programme,
        List<TableEntry> tables,
        List<SuccessionEntry> successions) {

    /** Units in tree order: a parent always comes before its children. from, until: validity (null: open). */
    record UnitEntry(Where where, String code, UnitKind kind, String name, String parentCode, String gsoCode,
            LocalDate from, LocalDate until) {
    }

    /** A change of units the file records (Cam An and Cam Thanh merged into Thanh An on 01/01/2020). */
    record SuccessionEntry(Where where, SuccessionKind kind, LocalDate effective, List<String> predecessors,
            String successor, String legalBasis) {
    }

    record OrganisationEntry(Where where, String code, OrganisationKind kind, String unitCode, String name,
            String shortName, String parentCode) {
    }

    record IndicatorEntry(Where where, String code, Domain domain, String measure, Aggregation aggregation,
            String part, String whole, String nameVi, String nameEn) {
    }

    record TargetEntry(Where where, String indicator, String unit, String organisation, BigDecimal value,
            BigDecimal plan) {
    }

    record ProgrammeEntry(Where where, String coordinatingUnit, int year, DocumentReference document, String title,
            String preamble, List<SectionEntry> sections, String closing, String distributionHeading,
            List<String> recipients, String signatureHeading, List<SignatoryEntry> signatories) {
    }

    record SectionEntry(String heading, SectionKind kind, Domain domain, PartyRole party, List<ItemEntry> items,
            List<SectionEntry> sections) {
    }

    /** A paragraph; location says where it stands for findings ("III. Các chỉ tiêu: › 2. …"). */
    record ItemEntry(String marker, String text, String location, List<FigureEntry> figures) {
    }

    /** A figure stated in a paragraph and what it states. */
    record FigureEntry(Where where, String printed, StatedFigure.Kind kind, String table, String column, String row,
            String indicator) {
    }

    record SignatoryEntry(Where where, String organisation, String label) {
    }

    record TableEntry(Where where, String code, String title, String totalLabel, List<List<HeaderCell>> header,
            List<ColumnEntry> columns, List<RowEntry> rows, RowEntry total, List<CheckEntry> checks,
            List<ItemEntry> notes) {
    }

    record ColumnEntry(Where where, String code, String printedCode, ColumnRole role, String indicator,
            String organisation, String formula, String rollsForwardFrom) {
    }

    /** A printed row: its number, unit name and one cell per numeric column (null when blank). */
    record RowEntry(Where where, String ordinal, String unitName, List<CellEntry> cells) {
    }

    record CellEntry(Where where, String printed, BigDecimal amount) {
    }

    record CheckEntry(Where where, TableCheck check) {
    }
}
