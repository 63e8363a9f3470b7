package vn.ansinh.targets.internal;

import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import org.springframework.stereotype.Component;

import vn.ansinh.shared.FieldProblems;
import vn.ansinh.targets.Aggregation;
import vn.ansinh.targets.Indicator;
import vn.ansinh.targets.IndicatorDraft;

/**
 * What an indicator must be: a unique code of letters, digits, dots, underscores and dashes; both
 * names, a domain, a measure and an aggregation. A rate names a part and a whole, two different
 * indicators that exist and are no rates themselves (no rate of a rate), and no rate may be the
 * part or whole of another; any other indicator names neither. Problems are keyed by field name.
 */
@Component
public class IndicatorRules {

    public static final int MAX_CODE = 60;
    public static final int MAX_NAME = 300;
    public static final int MAX_MEASURE = 40;
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]+");

    private final IndicatorRepository repository;

    IndicatorRules(IndicatorRepository repository) {
        this.repository = repository;
    }

    /** The problems of a new indicator (id null) or of a change to indicator id, whose code stays. */
    public FieldProblems check(Long id, IndicatorDraft draft) {
        FieldProblems problems = new FieldProblems();
        if (id == null) {
            problems.code("code", draft.code(), CODE, "indicator.code.pattern", MAX_CODE,
                    code -> repository.findByCode(code).isPresent());
        }
        problems.text("nameVi", draft.nameVi(), MAX_NAME).text("nameEn", draft.nameEn(), MAX_NAME)
                .required("domain", draft.domain()).text("measure", draft.measure(), MAX_MEASURE)
                .required("aggregation", draft.aggregation());
        if (draft.aggregation() == Aggregation.RATE) {
            rate(id, draft, problems);
        } else {
            notRate("partId", draft.partId(), problems);
            notRate("wholeId", draft.wholeId(), problems);
        }
        return problems;
    }

    private void rate(Long id, IndicatorDraft draft, FieldProblems problems) {
        operand("partId", id, draft.partId(), problems);
        operand("wholeId", id, draft.wholeId(), problems);
        if (!problems.has("partId") && !problems.has("wholeId") && draft.partId().equals(draft.wholeId())) {
            problems.add("wholeId", "indicator.rate.partIsWhole");
        }
        if (id != null) {
            rateUsing(id).ifPresent(rate -> problems.add("aggregation", "indicator.rate.usedInRate", rate.code()));
        }
    }

    private void operand(String field, Long id, Long operandId, FieldProblems problems) {
        if (operandId == null) {
            problems.add(field, "indicator.rate." + field + ".required");
            return;
        }
        Optional<Indicator> operand = repository.findById(operandId);
        if (operand.isEmpty()) {
            problems.add(field, "indicator.rate.unknown");
        } else if (operandId.equals(id)) {
            problems.add(field, "indicator.rate.self");
        } else if (operand.get().aggregation() == Aggregation.RATE) {
            problems.add(field, "indicator.rate.ofRate", operand.get().code());
        }
    }

    private static void notRate(String field, Long operandId, FieldProblems problems) {
        if (operandId != null) {
            problems.add(field, "indicator.rate.onlyForRate");
        }
    }

    /** A rate whose part or whole the indicator is: it cannot become a rate itself. */
    private Optional<Indicator> rateUsing(long id) {
        return StreamSupport.stream(repository.findAll().spliterator(), false)
                .filter(i -> i.aggregation() == Aggregation.RATE)
                .filter(i -> Long.valueOf(id).equals(i.partId()) || Long.valueOf(id).equals(i.wholeId()))
                .findFirst();
    }
}
