package vn.ansinh.households.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import vn.ansinh.households.CannotExitReason;
import vn.ansinh.households.Household;
import vn.ansinh.households.HouseholdQuery;
import vn.ansinh.households.HouseholdStatus;
import vn.ansinh.households.HouseholdVersion;
import vn.ansinh.households.Member;
import vn.ansinh.households.PoorCategory;
import vn.ansinh.households.Sex;
import vn.ansinh.poverty.Area;
import vn.ansinh.poverty.Classification;

/** Households with their members, and their statuses by year. */
@Component
public class HouseholdStore {

    private static final String HOUSEHOLD_COLUMNS = "id, unit_id, code, village, head_name, address, ethnicity, phone, area";

    private final JdbcClient jdbc;

    HouseholdStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(Household household) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into household (unit_id, code, village, head_name, address, ethnicity, phone, area)
                values (:unit, :code, :village, :head, :address, :ethnicity, :phone, :area)""")
                .param("unit", household.unitId()).param("code", household.code()).param("village", household.village())
                .param("head", household.headName()).param("address", household.address())
                .param("ethnicity", household.ethnicity()).param("phone", household.phone())
                .param("area", household.area().name()).update(key, "id");
        long id = key.getKey().longValue();
        insertMembers(id, household.members());
        return id;
    }

    /** Changes the household's details, commune and members; its version goes up. */
    public void update(Household household) {
        jdbc.sql("""
                update household set unit_id = :unit, code = :code, village = :village, head_name = :head,
                address = :address, ethnicity = :ethnicity, phone = :phone, area = :area, version = version + 1
                where id = :id""")
                .param("unit", household.unitId()).param("code", household.code()).param("village", household.village()).param("head", household.headName())
                .param("address", household.address()).param("ethnicity", household.ethnicity())
                .param("phone", household.phone()).param("area", household.area().name()).param("id", household.id())
                .update();
        jdbc.sql("delete from household_member where household_id = :id").param("id", household.id()).update();
        insertMembers(household.id(), household.members());
    }

    /** The household's version, who saved it last and when (none for a household never changed in ansinh). */
    public Optional<HouseholdVersion> version(long id) {
        return jdbc.sql("select version, changed_by, changed_at from household where id = :id").param("id", id)
                .query((rs, n) -> new HouseholdVersion(rs.getInt(1), rs.getString(2),
                        rs.getObject(3, java.time.OffsetDateTime.class) == null ? null
                                : rs.getObject(3, java.time.OffsetDateTime.class).toInstant()))
                .optional();
    }

    /** The household's version, its row locked until the transaction ends: two saves of one version cannot both pass. */
    public Optional<Integer> lockedVersion(long id) {
        return jdbc.sql("select version from household where id = :id for update").param("id", id).query(Integer.class)
                .optional();
    }

    /** Who saved the household last, and when. */
    public void changedBy(long id, String user, java.time.Instant at) {
        jdbc.sql("update household set changed_by = :user, changed_at = :at where id = :id").param("user", user)
                .param("at", java.time.OffsetDateTime.ofInstant(at, java.time.ZoneOffset.UTC)).param("id", id).update();
    }

    private void insertMembers(long householdId, List<Member> members) {
        for (int i = 0; i < members.size(); i++) {
            Member m = members.get(i);
            jdbc.sql("""
                    insert into household_member (household_id, sort_order, full_name, sex, birth_date, relation,
                    citizen_id, disability, health_insurance, education, employment)
                    values (:household, :order, :name, :sex, :birth, :relation, :citizen, :disability, :insurance,
                    :education, :employment)""")
                    .param("household", householdId).param("order", i + 1).param("name", m.fullName())
                    .param("sex", m.sex().name()).param("birth", m.birthDate()).param("relation", m.relation())
                    .param("citizen", m.citizenId()).param("disability", m.disability())
                    .param("insurance", m.healthInsurance()).param("education", m.education())
                    .param("employment", m.employment()).update();
        }
    }

    public Optional<Household> byId(long id) {
        return jdbc.sql("select " + HOUSEHOLD_COLUMNS + " from household where id = :id").param("id", id)
                .query((rs, n) -> household(rs, members(List.of(id)).getOrDefault(id, List.of()))).optional();
    }

    public Optional<Long> idOf(long unitId, String code) {
        return jdbc.sql("select id from household where unit_id = :unit and code = :code").param("unit", unitId)
                .param("code", code).query(Long.class).optional();
    }

    /** The households of the units, by commune and code, without members; at most limit from offset. */
    public List<Household> ofUnits(List<Long> unitIds, int offset, int limit) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + HOUSEHOLD_COLUMNS + " from household where unit_id in (:units) "
                + "order by unit_id, code limit :limit offset :offset")
                .param("units", unitIds).param("limit", limit).param("offset", offset)
                .query((rs, n) -> household(rs, List.of())).list();
    }

    /** The poor households of the commune in the year that poverty-reduction policy can lift out, by code. */
    public List<Household> canExit(long unitId, int year) {
        return jdbc.sql("select h.id, h.unit_id, h.code, h.village, h.head_name, h.address, h.ethnicity, h.phone, h.area "
                + "from household h join household_status s on s.household_id = h.id and s.status_year = :year "
                + "where h.unit_id = :unit and s.classification = 'POOR' and s.poor_category = 'CAN_EXIT' order by h.code")
                .param("unit", unitId).param("year", year).query((rs, n) -> household(rs, List.of())).list();
    }

    /** The next households of the units after the id, by id, without members: for reading a whole list in pages. */
    public List<Household> pageAfter(List<Long> unitIds, long afterId, int limit) {
        return jdbc.sql("select " + HOUSEHOLD_COLUMNS + " from household where unit_id in (:units) and id > :after "
                + "order by id limit :limit").param("units", unitIds).param("after", afterId).param("limit", limit)
                .query((rs, n) -> household(rs, List.of())).list();
    }

    public long countOfUnits(List<Long> unitIds) {
        return unitIds.isEmpty() ? 0 : jdbc.sql("select count(*) from household where unit_id in (:units)")
                .param("units", unitIds).query(Long.class).single();
    }

    /** The households the query finds, in its order, without members; at most limit from offset. */
    public List<Household> find(HouseholdQuery query, int offset, int limit) {
        if (query.unitIds().isEmpty()) {
            return List.of();
        }
        HouseholdQuerySql sql = HouseholdQuerySql.of(query);
        return jdbc.sql("select h.id, h.unit_id, h.code, h.village, h.head_name, h.address, h.ethnicity, h.phone, h.area"
                + sql.from() + sql.order() + " limit :limit offset :offset").params(sql.parameters())
                .param("limit", limit).param("offset", offset).query((rs, n) -> household(rs, List.of())).list();
    }

    /** How many households the query finds. */
    public long count(HouseholdQuery query) {
        if (query.unitIds().isEmpty()) {
            return 0;
        }
        HouseholdQuerySql sql = HouseholdQuerySql.of(query);
        return jdbc.sql("select count(*)" + sql.from()).params(sql.parameters()).query(Long.class).single();
    }

    /** The villages the units' households live in, by name. */
    public List<String> villages(List<Long> unitIds) {
        return unitIds.isEmpty() ? List.of() : jdbc.sql("select distinct village from household where unit_id in (:units)"
                + " and village is not null order by village").param("units", unitIds).query(String.class).list();
    }

    /** Those of the households that were poor in a year before this one. */
    public Set<Long> poorBefore(List<Long> householdIds, int year) {
        return householdIds.isEmpty() ? Set.of() : new HashSet<>(jdbc.sql("""
                select distinct household_id from household_status where household_id in (:ids)
                and status_year < :year and classification = 'POOR'""").param("ids", householdIds).param("year", year)
                .query(Long.class).list());
    }

    public Map<Long, List<Member>> members(List<Long> householdIds) {
        Map<Long, List<Member>> members = new HashMap<>();
        if (householdIds.isEmpty()) {
            return members;
        }
        jdbc.sql("""
                select household_id, full_name, sex, birth_date, relation, citizen_id, disability, health_insurance,
                education, employment from household_member where household_id in (:ids) order by household_id, sort_order""")
                .param("ids", householdIds)
                .query((rs, n) -> members.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Member(
                        rs.getString(2), Sex.valueOf(rs.getString(3)), rs.getObject(4, java.time.LocalDate.class),
                        rs.getString(5), rs.getString(6), rs.getBoolean(7), rs.getBoolean(8), rs.getString(9),
                        rs.getString(10))))
                .list();
        return members;
    }

    public Optional<HouseholdStatus> status(long householdId, int year) {
        return jdbc.sql("""
                select status_year, classification, poor_category, cannot_exit_reason, note from household_status
                where household_id = :id and status_year = :year""").param("id", householdId).param("year", year)
                .query((rs, n) -> status(rs)).optional();
    }

    /** Every status the household has had, oldest first. */
    public List<HouseholdStatus> statuses(long householdId) {
        return jdbc.sql("""
                select status_year, classification, poor_category, cannot_exit_reason, note from household_status
                where household_id = :id order by status_year""").param("id", householdId)
                .query((rs, n) -> status(rs)).list();
    }

    /** The statuses of these households in the year, by household. */
    public Map<Long, HouseholdStatus> statuses(List<Long> householdIds, int year) {
        Map<Long, HouseholdStatus> statuses = new HashMap<>();
        if (householdIds.isEmpty()) {
            return statuses;
        }
        jdbc.sql("""
                select household_id, status_year, classification, poor_category, cannot_exit_reason, note
                from household_status where household_id in (:ids) and status_year = :year""")
                .param("ids", householdIds).param("year", year)
                .query((rs, n) -> statuses.put(rs.getLong(1), new HouseholdStatus(rs.getInt(2),
                        Classification.valueOf(rs.getString(3)), enumOf(PoorCategory.class, rs.getString(4)),
                        enumOf(CannotExitReason.class, rs.getString(5)), rs.getString(6))))
                .list();
        return statuses;
    }

    public void saveStatus(long householdId, HouseholdStatus status, boolean exists) {
        String sql = exists
                ? """
                  update household_status set classification = :classification, poor_category = :category,
                  cannot_exit_reason = :reason, note = :note where household_id = :id and status_year = :year"""
                : """
                  insert into household_status (household_id, status_year, classification, poor_category,
                  cannot_exit_reason, note) values (:id, :year, :classification, :category, :reason, :note)""";
        jdbc.sql(sql).param("id", householdId).param("year", status.year())
                .param("classification", status.classification().name())
                .param("category", status.category() == null ? null : status.category().name())
                .param("reason", status.reason() == null ? null : status.reason().name()).param("note", status.note())
                .update();
    }

    public void deleteStatus(long householdId, int year) {
        jdbc.sql("delete from household_status where household_id = :id and status_year = :year")
                .param("id", householdId).param("year", year).update();
    }

    private static HouseholdStatus status(ResultSet rs) throws SQLException {
        return new HouseholdStatus(rs.getInt(1), Classification.valueOf(rs.getString(2)),
                enumOf(PoorCategory.class, rs.getString(3)), enumOf(CannotExitReason.class, rs.getString(4)),
                rs.getString(5));
    }

    private static Household household(ResultSet rs, List<Member> members) throws SQLException {
        return new Household(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), Area.valueOf(rs.getString(9)), members);
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
