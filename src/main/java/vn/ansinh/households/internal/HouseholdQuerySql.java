package vn.ansinh.households.internal;

import java.util.HashMap;
import java.util.Map;

import vn.ansinh.households.HouseholdQuery;

/**
 * A household query as SQL that H2 and PostgreSQL both read: its joins and conditions after {@code from},
 * their parameters, and its order. A search is a substring of the head's, a member's name or the code in
 * either case, or a citizen ID equal on its digits (indexed, see V30).
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
        sql.append(" and (lower(h.head_name) like lower(:pattern) or lower(h.code) like lower(:pattern)"
                + " or exists (select 1 from household_member m where m.household_id = h.id"
                + " and (lower(m.full_name) like lower(:pattern)" + (citizenId == null ? "" : " or m.citizen_id = :citizen")
                + ")))");
        parameters.put("pattern", "%" + query.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        if (citizenId != null) {
            parameters.put("citizen", citizenId);
        }
    }
}
