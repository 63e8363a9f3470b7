package vn.ansinh.households.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import vn.ansinh.households.Household;
import vn.ansinh.households.HouseholdVersion;
import vn.ansinh.households.Member;
import vn.ansinh.households.Sex;
import vn.ansinh.poverty.Area;

/**
 * Households with their members: written with their names folded for the search ({@link NameFolding}), read
 * one by one, and locked while a writer changes what depends on them (statuses, counts, sponsors).
 */
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
                insert into household (unit_id, code, village, head_name, search_name, address, ethnicity, phone, area)
                values (:unit, :code, :village, :head, :folded, :address, :ethnicity, :phone, :area)""")
                .param("unit", household.unitId()).param("code", household.code()).param("village", household.village())
                .param("head", household.headName()).param("folded", NameFolding.fold(household.headName()))
                .param("address", household.address()).param("ethnicity", household.ethnicity())
                .param("phone", household.phone()).param("area", household.area().name()).update(key, "id");
        long id = key.getKey().longValue();
        insertMembers(id, household.members());
        return id;
    }

    /** Changes the household's details, commune and members; its version goes up. */
    public void update(Household household) {
        jdbc.sql("""
                update household set unit_id = :unit, code = :code, village = :village, head_name = :head,
                search_name = :folded, address = :address, ethnicity = :ethnicity, phone = :phone, area = :area,
                version = version + 1 where id = :id""")
                .param("unit", household.unitId()).param("code", household.code()).param("village", household.village())
                .param("head", household.headName()).param("folded", NameFolding.fold(household.headName()))
                .param("address", household.address()).param("ethnicity", household.ethnicity())
                .param("phone", household.phone()).param("area", household.area().name()).param("id", household.id())
                .update();
        jdbc.sql("delete from household_member where household_id = :id").param("id", household.id()).update();
        insertMembers(household.id(), household.members());
    }

    /**
     * Locks the household's row until the transaction ends, so that writers of one household take turns: each
     * reads the status, sponsor or commune it changes as the one before it left them. False: no such household.
     */
    public boolean lock(long id) {
        return jdbc.sql("select id from household where id = :id for update").param("id", id).query(Long.class)
                .optional().isPresent();
    }

    /** The household's version, who saved it last and when (none for a household never changed in ansinh). */
    public Optional<HouseholdVersion> version(long id) {
        return jdbc.sql("select version, changed_by, changed_at from household where id = :id").param("id", id)
                .query((rs, n) -> new HouseholdVersion(rs.getInt(1), rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class) == null ? null
                                : rs.getObject(3, OffsetDateTime.class).toInstant()))
                .optional();
    }

    /** The household's version, its row locked until the transaction ends: two saves of one version cannot both pass. */
    public Optional<Integer> lockedVersion(long id) {
        return jdbc.sql("select version from household where id = :id for update").param("id", id).query(Integer.class)
                .optional();
    }

    /** Who saved the household last, and when. */
    public void changedBy(long id, String user, Instant at) {
        jdbc.sql("update household set changed_by = :user, changed_at = :at where id = :id").param("user", user)
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).param("id", id).update();
    }

    private void insertMembers(long householdId, List<Member> members) {
        for (int i = 0; i < members.size(); i++) {
            Member m = members.get(i);
            jdbc.sql("""
                    insert into household_member (household_id, sort_order, full_name, search_name, sex, birth_date,
                    relation, citizen_id, disability, health_insurance, education, employment)
                    values (:household, :order, :name, :folded, :sex, :birth, :relation, :citizen, :disability,
                    :insurance, :education, :employment)""")
                    .param("household", householdId).param("order", i + 1).param("name", m.fullName())
                    .param("folded", NameFolding.fold(m.fullName())).param("sex", m.sex().name())
                    .param("birth", m.birthDate()).param("relation", m.relation()).param("citizen", m.citizenId())
                    .param("disability", m.disability()).param("insurance", m.healthInsurance())
                    .param("education", m.education()).param("employment", m.employment()).update();
        }
    }

    public Optional<Household> byId(long id) {
        return jdbc.sql("select " + HOUSEHOLD_COLUMNS + " from household where id = :id").param("id", id)
                .query((rs, n) -> household(rs, members(List.of(id)).getOrDefault(id, List.of()))).optional();
    }

    /** The households a member of which has this citizen ID, oldest first. */
    public List<Long> idsWithMember(String citizenId) {
        return jdbc.sql("select distinct household_id from household_member where citizen_id = :citizen order by household_id")
                .param("citizen", citizenId).query(Long.class).list();
    }

    public Optional<Long> idOf(long unitId, String code) {
        return jdbc.sql("select id from household where unit_id = :unit and code = :code").param("unit", unitId)
                .param("code", code).query(Long.class).optional();
    }

    /** The next households of the units after the id, by id, without members: for reading a whole list in pages. */
    public List<Household> pageAfter(List<Long> unitIds, long afterId, int limit) {
        return jdbc.sql("select " + HOUSEHOLD_COLUMNS + " from household where unit_id in (:units) and id > :after "
                + "order by id limit :limit").param("units", unitIds).param("after", afterId).param("limit", limit)
                .query((rs, n) -> household(rs, List.of())).list();
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
                        rs.getString(2), Sex.valueOf(rs.getString(3)), rs.getObject(4, LocalDate.class),
                        rs.getString(5), rs.getString(6), rs.getBoolean(7), rs.getBoolean(8), rs.getString(9),
                        rs.getString(10))))
                .list();
        return members;
    }

    /** A household from the columns id, unit_id, code, village, head_name, address, ethnicity, phone, area. */
    static Household household(ResultSet rs, List<Member> members) throws SQLException {
        return new Household(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), Area.valueOf(rs.getString(9)), members);
    }
}
