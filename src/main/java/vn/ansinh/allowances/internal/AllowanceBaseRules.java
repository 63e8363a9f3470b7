package vn.ansinh.allowances.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import vn.ansinh.allowances.AllowanceBase;
import vn.ansinh.allowances.AllowanceBaseDraft;
import vn.ansinh.allowances.AllowanceScheme;
import vn.ansinh.shared.Dates;
import vn.ansinh.shared.FieldProblems;
import vn.ansinh.shared.VietnameseNumbers;

/**
 * Checks a new base level: a scheme, a whole amount of đồng above nothing and below any real base, a day it takes
 * effect after the day the scheme's latest base took effect (that one ends the day before), and its decree.
 */
public final class AllowanceBaseRules {

    /** Far above any base a decree has set (2.789.000 đ in 2024): a typo of three extra digits is caught. */
    private static final BigDecimal MOST = new BigDecimal("100000000");
    private static final int BASIS_LENGTH = 300;

    private final FieldProblems problems = new FieldProblems();

    public FieldProblems problems() {
        return problems;
    }

    /** The base to add (id 0, open-ended, entered on the day given), when all of the draft is right. */
    public Optional<AllowanceBase> check(AllowanceBaseDraft d, List<AllowanceBase> existing, LocalDate today) {
        problems.required("scheme", d.scheme());
        BigDecimal amount = amount(d.amount());
        LocalDate from = validFrom(d, existing);
        problems.text("legalBasis", d.legalBasis(), BASIS_LENGTH);
        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new AllowanceBase(0, d.scheme(), amount, from, null, d.legalBasis().strip(), today));
    }

    /** The scheme's latest base, which a new one follows. */
    public static Optional<AllowanceBase> latest(List<AllowanceBase> existing, AllowanceScheme scheme) {
        return existing.stream().filter(b -> b.scheme() == scheme).max(Comparator.comparing(AllowanceBase::validFrom));
    }

    private BigDecimal amount(String text) {
        if (text == null || text.isBlank()) {
            problems.add("amount", "catalogue.required");
            return null;
        }
        BigDecimal amount = VietnameseNumbers.parse(text.strip()).orElse(null);
        if (amount == null || amount.stripTrailingZeros().scale() > 0) {
            problems.add("amount", "allowanceBase.amount.whole", text);
            return null;
        }
        if (amount.signum() <= 0 || amount.compareTo(MOST) >= 0) {
            problems.add("amount", "allowanceBase.amount.range", text);
            return null;
        }
        return amount.setScale(0);
    }

    private LocalDate validFrom(AllowanceBaseDraft d, List<AllowanceBase> existing) {
        Dates.Reading reading = Dates.read(d.validFrom());
        if (!reading.ok()) {
            problems.add("validFrom", reading.problem(), d.validFrom());
        } else if (reading.date() == null) {
            problems.add("validFrom", "catalogue.required");
        } else if (d.scheme() != null) {
            latest(existing, d.scheme()).filter(b -> !b.validFrom().isBefore(reading.date())).ifPresent(b -> problems
                    .add("validFrom", "allowanceBase.notAfterLatest", Dates.shown(b.validFrom())));
        }
        return reading.date();
    }
}
