package vn.ansinh.targets.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.ansinh.shared.SavedVersion;

/** An indicator's version, who saved it last and when; kept beside the entity, which does not map them. */
@Component
public class IndicatorVersions {

    private final JdbcClient jdbc;

    IndicatorVersions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<SavedVersion> of(long id) {
        return jdbc.sql("select version, changed_by, changed_at from indicator where id = ?").param(id)
                .query((rs, n) -> new SavedVersion(rs.getInt(1), rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class) == null ? null : rs.getObject(3, OffsetDateTime.class).toInstant()))
                .optional();
    }

    /** The version, the indicator's row locked until the transaction ends: two saves of one version cannot both pass. */
    public Optional<Integer> locked(long id) {
        return jdbc.sql("select version from indicator where id = ? for update").param(id).query(Integer.class).optional();
    }

    public void saved(long id, String user, Instant at) {
        jdbc.sql("update indicator set version = version + 1, changed_by = ?, changed_at = ? where id = ?")
                .params(user, OffsetDateTime.ofInstant(at, ZoneOffset.UTC), id).update();
    }
}
