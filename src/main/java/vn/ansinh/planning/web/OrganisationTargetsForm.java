package vn.ansinh.planning.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import vn.ansinh.shared.FieldProblems;
import vn.ansinh.shared.VietnameseNumbers;

/**
 * The associations' own targets as typed, by field «a{organisation}-{indicator}» (a12-20=150): kept as typed so a
 * refused form comes back whole; a blank figure means «no figure set».
 */
public class OrganisationTargetsForm {

    private Map<String, String> amounts = new LinkedHashMap<>();

    static String field(long organisationId, long indicatorId) {
        return "a" + organisationId + "-" + indicatorId;
    }

    FieldProblems problems() {
        FieldProblems problems = new FieldProblems();
        amounts.forEach((field, text) -> {
            Optional<BigDecimal> amount = parse(text);
            if (text != null && !text.isBlank() && amount.isEmpty()) {
                problems.add(field, "organisationTargets.amount.number");
            } else if (amount.filter(a -> a.signum() < 0).isPresent()) {
                problems.add(field, "organisationTargets.amount.negative");
            }
        });
        return problems;
    }

    /** The figure typed for the field: empty when left blank. */
    Optional<BigDecimal> amount(String field) {
        return parse(amounts.get(field));
    }

    boolean has(String field) {
        return amounts.containsKey(field);
    }

    private static Optional<BigDecimal> parse(String text) {
        return text == null || text.isBlank() ? Optional.empty() : VietnameseNumbers.parse(text.strip());
    }

    public Map<String, String> getAmounts() {
        return amounts;
    }

    public void setAmounts(Map<String, String> amounts) {
        this.amounts = amounts;
    }
}
