package vn.ansinh.checks.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vn.ansinh.annex.ComputedTable;
import vn.ansinh.checks.Finding;
import vn.ansinh.checks.StatedFigure;

/** Entry point of the checks: tables first, in printed order, then figures stated in the text. */
public final class FindingsCalculator {

    private FindingsCalculator() {
    }

    public static List<Finding> tableFindings(Map<String, ComputedTable> tables) {
        List<Finding> findings = new ArrayList<>();
        tables.values().forEach(table -> findings.addAll(TableFindings.of(table, tables)));
        return findings;
    }

    public static List<Finding> statedFindings(List<StatedFigure> figures, Map<String, ComputedTable> tables, CheckFacts facts) {
        List<Finding> findings = new ArrayList<>();
        figures.forEach(figure -> findings.addAll(StatedFigureFindings.of(figure, tables, facts)));
        return findings;
    }
}
