package vn.ansinh.units.web;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import vn.ansinh.units.PredecessorCandidate;
import vn.ansinh.units.SuccessionChoice;
import vn.ansinh.units.UndecidedPredecessor;

/**
 * An uploaded succession list kept in the session between its dry run and its import, so the file is sent once:
 * its bytes, the day and legal basis, the names the first dry run left undecided (the rows the page offers, in the
 * list's order) and the choices made so far, by row. A choice of {@link #NO_UNIT} says the words name no unit.
 */
public final class PendingList implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The value of «not an administrative unit»: a blank value would arrive as none at all. */
    static final String NO_UNIT = "-";

    /** One undecided name: the new unit (code and name), the words, and the units they may mean. */
    public record Row(int line, String successor, String successorName, String words, List<Option> options)
            implements Serializable {
    }

    /** A unit the words may mean. */
    public record Option(String code, String fullName, String parent) implements Serializable {

        static Option of(PredecessorCandidate candidate) {
            return new Option(candidate.code(), candidate.fullName(), candidate.parent());
        }
    }

    private final String file;
    private final byte[] content;
    private final LocalDate effective;
    private final String legalBasis;
    private final List<Row> rows = new ArrayList<>();
    private final Map<Integer, String> choices = new HashMap<>();

    PendingList(String file, byte[] content, LocalDate effective, String legalBasis) {
        this.file = file;
        this.content = content.clone();
        this.effective = effective;
        this.legalBasis = legalBasis;
    }

    public String file() {
        return file;
    }

    byte[] content() {
        return content.clone();
    }

    public LocalDate effective() {
        return effective;
    }

    public String legalBasis() {
        return legalBasis;
    }

    public List<Row> rows() {
        return List.copyOf(rows);
    }

    /** The rows to offer: the names the list leaves undecided before any choice. */
    void offer(List<UndecidedPredecessor> undecided, Function<String, String> nameOfCode) {
        rows.clear();
        undecided.forEach(u -> rows.add(new Row(u.line(), u.successor(), nameOfCode.apply(u.successor()), u.words(),
                u.candidates().stream().map(Option::of).toList())));
    }

    /** Adds the choices sent (by row; none sent leaves a row as it was), keeping those made before. */
    void choose(List<String> codes) {
        for (int i = 0; codes != null && i < Math.min(codes.size(), rows.size()); i++) {
            if (codes.get(i) != null) {
                choices.put(i, codes.get(i));
            }
        }
    }

    /** The choice made for a row, or null. */
    public String choice(int row) {
        return choices.get(row);
    }

    /** The choices as the import takes them. */
    List<SuccessionChoice> decided() {
        List<SuccessionChoice> decided = new ArrayList<>();
        choices.forEach((i, code) -> decided.add(new SuccessionChoice(rows.get(i).successor(), rows.get(i).words(),
                NO_UNIT.equals(code) ? "" : code)));
        return decided;
    }
}
