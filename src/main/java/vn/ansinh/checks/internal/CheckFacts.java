package vn.ansinh.checks.internal;

import java.math.BigDecimal;
import java.util.Optional;

/** What stated figures are checked against besides the tables: the coordinating unit's figures. */
public interface CheckFacts {

    Optional<BigDecimal> plan(long indicatorId);

    Optional<BigDecimal> target(long indicatorId);

    String indicatorName(long indicatorId);

    int memberUnits();
}
