package vn.ansinh.households.internal.importing;

import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.ansinh.households.HouseholdStatus;
import vn.ansinh.households.Member;
import vn.ansinh.households.internal.NameFolding;

/**
 * Writes the households of a checked list in batches: new households, then their ids by commune and
 * code, the members, the statuses; a household already registered has its details, members and that
 * year's status replaced. The registry's counts of every commune and year touched are counted again
 * from the statuses, in the same transaction. On PostgreSQL the rows go in with COPY.
 */
final class HouseholdListWriter {

    private static final int BATCH = 1000;
    /** The counts of a status, in the order the recount selects them. */
    private static final List<String> MEASURES = List.of("HOUSEHOLDS", "POOR", "POOR_CAN_EXIT", "POOR_CANNOT_EXIT",
            "NEAR_POOR", "MEDIUM");

    private final JdbcTemplate jdbc;
    private final JdbcClient client;
    private final RowSink sink;

    HouseholdListWriter(JdbcTemplate jdbc, JdbcClient client) {
        this.jdbc = jdbc;
        this.client = client;
        this.sink = RowSink.of(jdbc);
    }

    void write(List<ParsedHousehold> households) {
        List<ParsedHousehold> created = households.stream().filter(h -> !h.wasRegistered).toList();
        List<ParsedHousehold> changed = households.stream().filter(h -> h.wasRegistered).toList();
        insertHouseholds(created);
        assignIds(created);
        updateHouseholds(changed);
        insertMembers(households);
        writeStatuses(households);
        recount(households);
    }

    private void insertHouseholds(List<ParsedHousehold> households) {
        sink.insert("household", List.of("unit_id", "code", "village", "head_name", "search_name", "address", "ethnicity",
                "phone", "area"), () -> households.stream().map(h -> new Object[] {h.unitId, h.code, h.village, h.headName(),
                    NameFolding.fold(h.headName()), h.address,
                    h.ethnicity, digits(h.phone), h.area.name()}).iterator());
    }

    /** The new households' ids, by commune and code. */
    private void assignIds(List<ParsedHousehold> households) {
        Map<Long, List<ParsedHousehold>> byUnit = new HashMap<>();
        households.forEach(h -> byUnit.computeIfAbsent(h.unitId, k -> new ArrayList<>()).add(h));
        byUnit.forEach((unit, list) -> {
            Map<String, Long> ids = new HashMap<>();
            client.sql("select code, id from household where unit_id = :unit").param("unit", unit)
                    .query((rs, n) -> ids.put(rs.getString(1), rs.getLong(2))).list();
            list.forEach(h -> h.existingId = ids.get(h.code));
        });
    }

    private void updateHouseholds(List<ParsedHousehold> households) {
        jdbc.batchUpdate("update household set village = ?, head_name = ?, search_name = ?, address = ?, ethnicity = ?, "
                + "phone = ?, area = ? where id = ?", households, BATCH, (ps, h) -> {
                    ps.setString(1, h.village);
                    ps.setString(2, h.headName());
                    ps.setString(3, NameFolding.fold(h.headName()));
                    ps.setString(4, h.address);
                    ps.setString(5, h.ethnicity);
                    ps.setString(6, digits(h.phone));
                    ps.setString(7, h.area.name());
                    ps.setLong(8, h.existingId);
                });
        jdbc.batchUpdate("delete from household_member where household_id = ?", households, BATCH,
                (ps, h) -> ps.setLong(1, h.existingId));
    }

    private void insertMembers(List<ParsedHousehold> households) {
        sink.insert("household_member", List.of("household_id", "sort_order", "full_name", "search_name", "sex", "birth_date", "relation",
                "citizen_id", "disability", "health_insurance", "education", "employment"),
                () -> households.stream().flatMap(h -> {
                    List<Member> members = h.orderedMembers();
                    return java.util.stream.IntStream.range(0, members.size()).mapToObj(i -> {
                        Member m = members.get(i);
                        return new Object[] {h.existingId, i + 1, m.fullName(), NameFolding.fold(m.fullName()), m.sex().name(),
                            m.birthDate() == null ? null : Date.valueOf(m.birthDate()), m.relation(), m.citizenId(),
                            m.disability(), m.healthInsurance(), m.education(), m.employment()};
                    });
                }).iterator());
    }

    private void writeStatuses(List<ParsedHousehold> households) {
        List<ParsedHousehold> withStatus = households.stream().filter(h -> h.status != null).toList();
        List<ParsedHousehold> replaced = withStatus.stream().filter(h -> h.wasRegistered).toList();
        jdbc.batchUpdate("delete from household_status where household_id = ? and status_year = ?", replaced, BATCH,
                (ps, h) -> {
                    ps.setLong(1, h.existingId);
                    ps.setInt(2, h.status.year());
                });
        sink.insert("household_status", List.of("household_id", "status_year", "classification", "poor_category",
                "cannot_exit_reason", "note"), () -> withStatus.stream().map(h -> {
                    HouseholdStatus s = h.status;
                    return new Object[] {h.existingId, s.year(), s.classification().name(),
                        s.category() == null ? null : s.category().name(), s.reason() == null ? null : s.reason().name(),
                        s.note()};
                }).iterator());
    }

    /** Every count of the communes and years the list touched, counted again from the statuses in one pass. */
    private void recount(List<ParsedHousehold> households) {
        Map<Integer, Set<Long>> unitsByYear = new HashMap<>();
        households.stream().filter(h -> h.status != null)
                .forEach(h -> unitsByYear.computeIfAbsent(h.status.year(), k -> new HashSet<>()).add(h.unitId));
        unitsByYear.forEach((year, units) -> {
            List<Long> unitIds = List.copyOf(units);
            client.sql("delete from registry_count where unit_id in (:units) and count_year = :year and organisation_id = 0 "
                    + "and measure in (:measures)").param("units", unitIds).param("year", year)
                    .param("measures", MEASURES).update();
            List<Object[]> counts = new ArrayList<>();
            client.sql("""
                    select h.unit_id, count(*),
                           sum(case when s.classification = 'POOR' then 1 else 0 end),
                           sum(case when s.classification = 'POOR' and s.poor_category = 'CAN_EXIT' then 1 else 0 end),
                           sum(case when s.classification = 'POOR' and s.poor_category = 'CANNOT_EXIT' then 1 else 0 end),
                           sum(case when s.classification = 'NEAR_POOR' then 1 else 0 end),
                           sum(case when s.classification = 'MEDIUM' then 1 else 0 end)
                    from household_status s join household h on h.id = s.household_id
                    where h.unit_id in (:units) and s.status_year = :year group by h.unit_id""")
                    .param("units", unitIds).param("year", year).query((rs, n) -> {
                        for (int m = 0; m < MEASURES.size(); m++) {
                            counts.add(new Object[] {rs.getLong(1), year, MEASURES.get(m), 0L, rs.getLong(m + 2)});
                        }
                        return null;
                    }).list();
            jdbc.batchUpdate("insert into registry_count (unit_id, count_year, measure, organisation_id, amount) "
                    + "values (?, ?, ?, ?, ?)", counts);
        });
    }

    private static String digits(String text) {
        return text == null || text.isBlank() ? null : text.replaceAll("[\\s.]", "");
    }
}
