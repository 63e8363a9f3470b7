package vn.ansinh.labour.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import vn.ansinh.households.Sex;
import vn.ansinh.labour.JobPlace;
import vn.ansinh.labour.LabourEntry;
import vn.ansinh.labour.LabourRecord;
import vn.ansinh.labour.RecordKind;

/** Labour records, training courses and the monthly counts of communes that keep no records. */
@Component
public class LabourStore {

    private static final String COLUMNS = "id, kind, unit_id, record_date, full_name, sex, birth_date, citizen_id, place, "
            + "sector, employer, course_id, completed_on, occupation, level, country, contract_months, note";

    private final JdbcClient jdbc;

    LabourStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(LabourRecord r) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into labour_record (kind, unit_id, record_date, full_name, sex, birth_date, citizen_id, place, "
                + "sector, employer, course_id, completed_on, occupation, level, country, contract_months, note) values "
                + "(:kind, :unit, :date, :name, :sex, :birth, :citizen, :place, :sector, :employer, :course, :completed, "
                + ":occupation, :level, :country, :months, :note)")
                .param("kind", r.kind().name()).param("unit", r.unitId()).param("date", r.date())
                .param("name", r.fullName()).param("sex", r.sex().name()).param("birth", r.birthDate())
                .param("citizen", r.citizenId()).param("place", r.place() == null ? null : r.place().name())
                .param("sector", r.sector()).param("employer", r.employer()).param("course", r.courseId())
                .param("completed", r.completedOn()).param("occupation", r.occupation()).param("level", r.level())
                .param("country", r.country()).param("months", r.contractMonths()).param("note", r.note())
                .update(key, "id");
        return key.getKey().longValue();
    }

    public List<LabourRecord> of(List<Long> unitIds, int year) {
        return unitIds.isEmpty() ? List.of() : jdbc.sql("select " + COLUMNS + " from labour_record where unit_id in (:units) "
                + "and deleted_at is null and record_date between :from and :to order by record_date, id").param("units", unitIds)
                .param("from", LocalDate.of(year, 1, 1)).param("to", LocalDate.of(year, 12, 31))
                .query((rs, n) -> record(rs)).list();
    }

    /** The records (not deleted) of one citizen ID, oldest first. */
    public List<LabourRecord> ofCitizen(String citizenId) {
        return jdbc.sql("select " + COLUMNS + " from labour_record where citizen_id = :citizen and deleted_at is null "
                + "order by record_date, id").param("citizen", citizenId).query((rs, n) -> record(rs)).list();
    }

    /** A record, deleted or not. */
    public Optional<LabourRecord> byId(long id) {
        return jdbc.sql("select " + COLUMNS + " from labour_record where id = :id").param("id", id)
                .query((rs, n) -> record(rs)).optional();
    }

    public boolean deleted(long id) {
        return jdbc.sql("select count(*) from labour_record where id = :id and deleted_at is not null").param("id", id)
                .query(Long.class).single() > 0;
    }

    /** One page of the records the filter selects, newest first; with deleted ones when asked. */
    public List<LabourEntry> page(RecordFilter filter, int offset, int limit) {
        return filter.units().isEmpty() ? List.of() : filter.bind(jdbc.sql("select " + COLUMNS + ", deleted_at from labour_record "
                + filter.where() + " order by record_date desc, id desc limit :limit offset :offset"))
                .param("limit", limit).param("offset", offset)
                .query((rs, n) -> new LabourEntry(record(rs), rs.getObject(19, java.time.OffsetDateTime.class) != null)).list();
    }

    public long count(RecordFilter filter) {
        return filter.units().isEmpty() ? 0 : filter.bind(jdbc.sql("select count(*) from labour_record " + filter.where()))
                .query(Long.class).single();
    }

    public void update(long id, LabourRecord r) {
        jdbc.sql("update labour_record set record_date = :date, full_name = :name, sex = :sex, birth_date = :birth, "
                + "citizen_id = :citizen, place = :place, sector = :sector, employer = :employer, completed_on = :completed, "
                + "occupation = :occupation, level = :level, country = :country, contract_months = :months, note = :note "
                + "where id = :id").param("id", id).param("date", r.date()).param("name", r.fullName())
                .param("sex", r.sex().name()).param("birth", r.birthDate()).param("citizen", r.citizenId())
                .param("place", r.place() == null ? null : r.place().name()).param("sector", r.sector())
                .param("employer", r.employer()).param("completed", r.completedOn()).param("occupation", r.occupation())
                .param("level", r.level()).param("country", r.country()).param("months", r.contractMonths())
                .param("note", r.note()).update();
    }

    /** Marks a record deleted (at), or restores it (null). */
    public void markDeleted(long id, java.time.OffsetDateTime at) {
        jdbc.sql("update labour_record set deleted_at = :at where id = :id").param("id", id).param("at", at).update();
    }

    public boolean courseExists(long courseId, long unitId) {
        return jdbc.sql("select count(*) from training_course where id = :id and unit_id = :unit").param("id", courseId)
                .param("unit", unitId).query(Long.class).single() > 0;
    }

    /** Records of each kind by commune and month (index 0 = January) of the year. */
    public Map<Long, Map<RecordKind, long[]>> recordsByMonth(List<Long> unitIds, int year) {
        Map<Long, Map<RecordKind, long[]>> counts = new HashMap<>();
        if (unitIds.isEmpty()) {
            return counts;
        }
        jdbc.sql("select unit_id, kind, extract(month from record_date), count(*) from labour_record "
                + "where unit_id in (:units) and deleted_at is null and record_date between :from and :to group by unit_id, kind, "
                + "extract(month from record_date)").param("units", unitIds)
                .param("from", LocalDate.of(year, 1, 1)).param("to", LocalDate.of(year, 12, 31))
                .query((rs, n) -> add(counts, rs)).list();
        return counts;
    }

    /** The counts entered by commune and month, for communes that keep no records. */
    public Map<Long, Map<RecordKind, long[]>> enteredByMonth(List<Long> unitIds, int year) {
        Map<Long, Map<RecordKind, long[]>> counts = new HashMap<>();
        if (unitIds.isEmpty()) {
            return counts;
        }
        jdbc.sql("select unit_id, kind, count_month, amount from labour_count where unit_id in (:units) and count_year = :year")
                .param("units", unitIds).param("year", year).query((rs, n) -> add(counts, rs)).list();
        return counts;
    }

    public Optional<Long> count(long unitId, RecordKind kind, int year, int month) {
        return jdbc.sql("select amount from labour_count where unit_id = :unit and kind = :kind and count_year = :year "
                + "and count_month = :month").param("unit", unitId).param("kind", kind.name()).param("year", year)
                .param("month", month).query(Long.class).optional();
    }

    public void saveCount(long unitId, RecordKind kind, int year, int month, long amount, boolean exists) {
        String sql = exists ? "update labour_count set amount = :amount where unit_id = :unit and kind = :kind "
                + "and count_year = :year and count_month = :month"
                : "insert into labour_count (unit_id, kind, count_year, count_month, amount) values (:unit, :kind, :year, :month, :amount)";
        jdbc.sql(sql).param("unit", unitId).param("kind", kind.name()).param("year", year).param("month", month)
                .param("amount", amount).update();
    }

    public long insertCourse(long unitId, String occupation, String level, Integer months, String provider, String funding,
            LocalDate startsOn) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into training_course (unit_id, occupation, level, length_months, provider, funding, starts_on) "
                + "values (:unit, :occupation, :level, :months, :provider, :funding, :starts)").param("unit", unitId)
                .param("occupation", occupation).param("level", level).param("months", months).param("provider", provider)
                .param("funding", funding).param("starts", startsOn).update(key, "id");
        return key.getKey().longValue();
    }

    private static Object add(Map<Long, Map<RecordKind, long[]>> counts, ResultSet rs) throws SQLException {
        long[] months = counts.computeIfAbsent(rs.getLong(1), k -> new EnumMap<>(RecordKind.class))
                .computeIfAbsent(RecordKind.valueOf(rs.getString(2)), k -> new long[12]);
        months[rs.getInt(3) - 1] += rs.getLong(4);
        return null;
    }

    private static LabourRecord record(ResultSet rs) throws SQLException {
        return new LabourRecord(rs.getLong(1), RecordKind.valueOf(rs.getString(2)), rs.getLong(3),
                rs.getObject(4, LocalDate.class), rs.getString(5), Sex.valueOf(rs.getString(6)),
                rs.getObject(7, LocalDate.class), rs.getString(8), rs.getString(9) == null ? null : JobPlace.valueOf(rs.getString(9)),
                rs.getString(10), rs.getString(11), (Long) rs.getObject(12, Long.class), rs.getObject(13, LocalDate.class),
                rs.getString(14), rs.getString(15), rs.getString(16), (Integer) rs.getObject(17, Integer.class), rs.getString(18));
    }
}
