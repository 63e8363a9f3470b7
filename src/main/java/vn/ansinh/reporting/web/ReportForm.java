package vn.ansinh.reporting.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import vn.ansinh.commitments.ProgressBook;
import vn.ansinh.commitments.ProgressFields;
import vn.ansinh.reporting.Report;
import vn.ansinh.reporting.ReportFigure;
import vn.ansinh.shared.FieldProblems;
import vn.ansinh.shared.VietnameseNumbers;

/**
 * The report form as typed: each figure as text by indicator (amounts[12]=1.250), the two texts, the
 * step asked for, the version the user read, and the progress on the reporter's commitments. Kept as typed so a
 * refused form comes back with every value the user entered; checked once, each wrong figure named beside its
 * field (field "f12"), each wrong progress beside its own ("cs12", "ce12").
 */
public class ReportForm extends ProgressFields {

    private String action;
    private int version;
    private Map<Long, String> amounts = new LinkedHashMap<>();
    private String difficulties;
    private String proposals;
    private String comment;
    private String reason;

    /** The saved report as the form shows it: figures printed as Vietnamese numbers. */
    static ReportForm of(Report report) {
        ReportForm form = new ReportForm();
        form.version = report.version();
        for (ReportFigure f : report.figures()) {
            form.amounts.put(f.indicatorId(), f.amount() == null ? "" : VietnameseNumbers.formatAmount(f.amount()));
        }
        form.difficulties = report.difficulties();
        form.proposals = report.proposals();
        return form;
    }

    /** The field of an indicator's figure, as the template names it. */
    static String field(long indicatorId) {
        return "f" + indicatorId;
    }

    /** What is wrong with the typed figures (not a number, or negative) and with the progress on commitments. */
    FieldProblems problems() {
        FieldProblems problems = ProgressBook.problems(progress());
        amounts.forEach((indicator, text) -> {
            Optional<BigDecimal> amount = parse(text);
            if (text != null && !text.isBlank() && amount.isEmpty()) {
                problems.add(field(indicator), "reportPage.amount.number");
            } else if (amount.filter(a -> a.signum() < 0).isPresent()) {
                problems.add(field(indicator), "reportPage.amount.negative");
            }
        });
        return problems;
    }

    /** The figures as numbers, a blank one as none; call after {@link #problems()} found nothing. */
    Map<Long, BigDecimal> parsedAmounts() {
        Map<Long, BigDecimal> parsed = new LinkedHashMap<>();
        amounts.forEach((indicator, text) -> parsed.put(indicator, parse(text).orElse(null)));
        return parsed;
    }

    private static Optional<BigDecimal> parse(String text) {
        return text == null || text.isBlank() ? Optional.empty() : VietnameseNumbers.parse(text.strip());
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }

    public Map<Long, String> getAmounts() {
        return amounts;
    }

    public void setAmounts(Map<Long, String> amounts) {
        this.amounts = amounts;
    }

    public String getDifficulties() {
        return difficulties;
    }

    public void setDifficulties(String difficulties) {
        this.difficulties = difficulties;
    }

    public String getProposals() {
        return proposals;
    }

    public void setProposals(String proposals) {
        this.proposals = proposals;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
