package vn.ansinh.targets;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.shared.AuditAction;
import vn.ansinh.targets.FigureChanged.FigureKind;
import vn.ansinh.targets.internal.FigureVersionStore;

/**
 * Enters, changes and clears baselines and targets (null clears). Every change is published as
 * {@link FigureChanged} for the audit and counted in the unit's {@link FigureVersion} of the year (who, when);
 * an unchanged value writes nothing. Whether the caller may
 * change the unit's figures is the caller's check, against the user's access scope.
 */
@Service
@Transactional
public class FigureEditor {

    private final JdbcClient jdbc;
    private final TargetValues values;
    private final ApplicationEventPublisher events;
    private final FigureVersionStore versions;
    private final Clock clock;

    FigureEditor(JdbcClient jdbc, TargetValues values, ApplicationEventPublisher events, FigureVersionStore versions,
            Clock clock) {
        this.jdbc = jdbc;
        this.values = values;
        this.events = events;
        this.versions = versions;
        this.clock = clock;
    }

    /** @return whether anything changed */
    public boolean setBaseline(FigureKey key, int year, BigDecimal amount) {
        BigDecimal before = values.baseline(key, year).orElse(null);
        if (same(before, amount)) {
            return false;
        }
        if (before == null) {
            values.recordBaseline(key, year, amount);
        } else if (amount == null) {
            jdbc.sql("delete from baseline where " + match(key, "baseline_year")).params(params(key, year)).update();
        } else {
            jdbc.sql("update baseline set amount = :amount where " + match(key, "baseline_year"))
                    .params(params(key, year)).param("amount", amount).update();
        }
        changed(new FigureChanged(action(before, amount), FigureKind.BASELINE, key, year, before, amount));
        return true;
    }

    /** Changes the committed amount; a plan figure beside it stays. @return whether anything changed */
    public boolean setTarget(FigureKey key, int year, BigDecimal amount) {
        Optional<TargetFigure> existing = values.target(key, year);
        BigDecimal before = existing.map(TargetFigure::amount).orElse(null);
        if (same(before, amount)) {
            return false;
        }
        if (existing.isEmpty()) {
            values.recordTarget(key, year, new TargetFigure(amount, null));
        } else if (amount == null && existing.get().planAmount() == null) {
            jdbc.sql("delete from target where " + match(key, "target_year")).params(params(key, year)).update();
        } else {
            jdbc.sql("update target set amount = :amount where " + match(key, "target_year"))
                    .params(params(key, year)).param("amount", amount).update();
        }
        changed(new FigureChanged(action(before, amount), FigureKind.TARGET, key, year, before, amount));
        return true;
    }

    private void changed(FigureChanged change) {
        versions.bump(change.key().unitId(), change.year(), actor(), clock.instant());
        events.publishEvent(change);
    }

    /** Who changes the figures: the signed-in user, or ansinh itself (the seed, a start-up task). */
    private static String actor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication.getName() == null ? "system" : authentication.getName();
    }

    private static AuditAction action(BigDecimal before, BigDecimal after) {
        return before == null ? AuditAction.CREATE : after == null ? AuditAction.DELETE : AuditAction.UPDATE;
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static String match(FigureKey key, String yearColumn) {
        return "indicator_id = :indicator and unit_id = :unit and " + yearColumn + " = :year and "
                + (key.organisationId() == null ? "organisation_id is null" : "organisation_id = :organisation");
    }

    private static Map<String, Object> params(FigureKey key, int year) {
        Map<String, Object> params = new HashMap<>();
        params.put("indicator", key.indicatorId());
        params.put("unit", key.unitId());
        params.put("organisation", key.organisationId());
        params.put("year", year);
        return params;
    }
}
