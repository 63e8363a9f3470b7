package vn.ansinh.intake.internal;

import vn.ansinh.intake.ImportCounts;

/** Counts what an import writes. */
final class Tally {

    int units;
    int organisations;
    int indicators;
    int programmes;
    int tables;
    int figures;
    int statedFigures;
    int successions;

    ImportCounts counts() {
        return new ImportCounts(units, organisations, indicators, programmes, tables, figures, statedFigures, successions);
    }
}
