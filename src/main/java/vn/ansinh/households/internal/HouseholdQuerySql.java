package vn.ansinh.households.internal;

import java.util.HashMap;
import java.util.Map;

import vn.ansinh.households.HouseholdQuery;

/**
 * A household query as SQL that H2 and PostgreSQL both read: its joins and conditions after {@code from},
 * their parameters, and its order. A search is a substring of the head's, a member's name or the code in
 * either case and with or without accents («nguyen van a» finds «Nguyễn Văn A», «đ» matches «d»: the names'
 * folded copies, V44), or a citizen ID equal on its digits (indexed, see V30).
 */
record HouseholdQuerySql(String from, Map<String, Object> parameters, String order) {

    static HouseholdQuerySql of(HouseholdQuery query) {
        StringBuilder sql = new StringBuilder(
                " from household h left join household_status s on s.household_id = h.id and s.status_year = :year");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("year", query.year());
        parameters.put("units", query.unitIds());
        if (query.roundId() != null) {
            sql.append(" left join review_outcome o on o.household_id = h.id and o.round_id = :round");
            parameters.put("round", query.roundId());
        }
        sql.append(" where h.unit_id in (:units)");
        if (query.village() != null) {
            sql.append(" and h.village = :village");
            parameters.put("village", query.village());
        }
        if (query.classification() != null) {
            sql.append(" and s.classification = :classification");
            parameters.put("classification", query.classification().name());
        } else if (query.unclassified()) {
            sql.append(" and s.household_id is null");
        }
        if (query.roundId() != null && query.reviewed() != null) {
            sql.append(query.reviewed() ? " and o.household_id is not null" : " and o.household_id is null");
        }
        if (query.text() != null) {
            search(query, sql, parameters);
        }
        String order = query.poorFirst()
                ? " order by case s.classification when 'POOR' then 0 when 'NEAR_POOR' then 1 else 2 end, h.code"
                : " order by h.unit_id, h.code";
        return new HouseholdQuerySql(sql.toString(), parameters, order);
    }

    private static void search(HouseholdQuery query, StringBuilder sql, Map<String, Object> parameters) {
        String citizenId = query.citizenId();
        sql.append(" and (h.search_name like :folded or lower(h.code) like lower(:pattern)"
                + " or exists (select 1 from household_member m where m.household_id = h.id"
                + " and (m.search_name like :folded" + (citizenId == null ? "" : " or m.citizen_id = :citizen")
                + ")))");
        parameters.put("pattern", "%" + escaped(query.text()) + "%");
        parameters.put("folded", "%" + escaped(NameFolding.fold(query.text())) + "%");
        if (citizenId != null) {
            parameters.put("citizen", citizenId);
        }
    }

    /** The text with LIKE's wildcards and escape taken literally. */
    private static String escaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
