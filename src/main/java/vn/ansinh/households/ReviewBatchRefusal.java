package vn.ansinh.households;

import vn.ansinh.shared.FieldProblems;

/**
 * Outcomes entered together and saved none: the problems by household (the field is the household's id),
 * each naming the household, so the page can say it beside the row it was entered in.
 */
public class ReviewBatchRefusal extends RuntimeException {

    private final transient FieldProblems problems;

    public ReviewBatchRefusal(FieldProblems problems) {
        super("refused: " + problems);
        this.problems = problems;
    }

    public FieldProblems problems() {
        return problems;
    }

}
