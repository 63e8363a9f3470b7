package vn.ansinh.commitments.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.LongPredicate;

import vn.ansinh.commitments.Cadence;
import vn.ansinh.commitments.Commitment;
import vn.ansinh.commitments.CommitmentDraft;
import vn.ansinh.shared.Dates;
import vn.ansinh.shared.Domain;
import vn.ansinh.shared.FieldProblems;

/**
 * A commitment as typed, checked once: the wording given and not too long, a domain and a cadence of theirs, a due
 * date that is a real day, an indicator that exists. The values read are kept for the commitment to be written.
 */
public class CommitmentRules {

    public static final int MAX_TEXT = 2000;

    private final FieldProblems problems = new FieldProblems();
    private final LongPredicate indicatorExists;

    public CommitmentRules(LongPredicate indicatorExists) {
        this.indicatorExists = indicatorExists;
    }

    /** The commitment with the draft's values over the given one's, or empty with the problems found. */
    public Optional<Commitment> apply(CommitmentDraft draft, Commitment base) {
        problems.text("text", draft.text(), MAX_TEXT);
        Domain domain = base.id() != null ? base.domain() : choice("domain", draft.domain(), Domain.class);
        Cadence cadence = choice("cadence", draft.cadence(), Cadence.class);
        Dates.Reading due = Dates.read(draft.due());
        if (!due.ok()) {
            problems.add("due", due.problem(), draft.due());
        }
        Long indicator = indicator(draft.indicator());
        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Commitment(base.id(), base.programmeId(), base.party(), domain, draft.text().strip(),
                base.heading(), base.position(), cadence, due.date(), indicator, base.endedOn()));
    }

    public FieldProblems problems() {
        return problems;
    }

    private <E extends Enum<E>> E choice(String field, String value, Class<E> type) {
        Optional<E> found = Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value)).findFirst();
        if (found.isEmpty()) {
            problems.add(field, "catalogue.required");
        }
        return found.orElse(null);
    }

    private Long indicator(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(typed.strip());
            if (indicatorExists.test(id)) {
                return id;
            }
        } catch (NumberFormatException e) {
            // said below, as for an id of no indicator
        }
        problems.add("indicator", "commitments.indicator.unknown");
        return null;
    }

    /** A commitment dated today as ended. */
    public static Commitment ended(Commitment c, LocalDate today) {
        return new Commitment(c.id(), c.programmeId(), c.party(), c.domain(), c.text(), c.heading(), c.position(),
                c.cadence(), c.due(), c.indicatorId(), today);
    }
}
