package vn.ansinh.targets.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.ansinh.targets.FigureVersion;

/** The versions of units' input figures by year (table figure_version). */
@Component
public class FigureVersionStore {

    private static final String SELECT = "select unit_id, figure_year, version, changed_by, changed_at from figure_version "
            + "where unit_id = :unit and figure_year = :year";

    private final JdbcClient jdbc;

    FigureVersionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<FigureVersion> find(long unitId, int year) {
        return jdbc.sql(SELECT).param("unit", unitId).param("year", year).query(FigureVersionStore::version).optional();
    }

    /**
     * The version, its row locked until the transaction ends: every writer of the unit's figures of the year
     * waits here for the one before it, and then reads what that one committed.
     */
    public FigureVersion locked(long unitId, int year) {
        ensure(unitId, year);
        return jdbc.sql(SELECT + " for update").param("unit", unitId).param("year", year)
                .query(FigureVersionStore::version).single();
    }

    /** One more save of the unit's figures of the year, by the actor at the instant. */
    public void bump(long unitId, int year, String actor, Instant at) {
        if (increment(unitId, year, actor, at) == 0) {
            ensure(unitId, year);
            increment(unitId, year, actor, at);
        }
    }

    private int increment(long unitId, int year, String actor, Instant at) {
        return jdbc.sql("""
                update figure_version set version = version + 1, changed_by = :actor, changed_at = :at
                where unit_id = :unit and figure_year = :year""")
                .param("actor", actor).param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .param("unit", unitId).param("year", year).update();
    }

    /** A row for the unit and year, at version 0 unless one is there already (concurrent callers make one). */
    private void ensure(long unitId, int year) {
        jdbc.sql("insert into figure_version (unit_id, figure_year) values (:unit, :year) on conflict do nothing")
                .param("unit", unitId).param("year", year).update();
    }

    private static FigureVersion version(ResultSet rs, int row) throws SQLException {
        OffsetDateTime at = rs.getObject("changed_at", OffsetDateTime.class);
        return new FigureVersion(rs.getLong("unit_id"), rs.getInt("figure_year"), rs.getInt("version"),
                rs.getString("changed_by"), at == null ? null : at.toInstant());
    }
}
