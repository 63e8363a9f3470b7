package vn.ansinh.intake;

/** New records an import wrote (or, in a dry run, would write). */
public record ImportCounts(int units, int organisations, int indicators, int programmes, int tables, int figures,
        int statedFigures, int successions) {

    public static final ImportCounts NONE = new ImportCounts(0, 0, 0, 0, 0, 0, 0, 0);
}
