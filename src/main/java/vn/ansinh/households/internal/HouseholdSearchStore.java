package vn.ansinh.households.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.ansinh.households.Household;
import vn.ansinh.households.HouseholdQuery;

/** Lists of households: a commune's in pages, and those a registry query finds. */
@Component
public class HouseholdSearchStore {

    private static final String COLUMNS = "select h.id, h.unit_id, h.code, h.village, h.head_name, h.address, "
            + "h.ethnicity, h.phone, h.area";

    private final JdbcClient jdbc;

    HouseholdSearchStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The households of the units, by commune and code, without members; at most limit from offset. */
    public List<Household> ofUnits(List<Long> unitIds, int offset, int limit) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(COLUMNS + " from household h where h.unit_id in (:units) order by h.unit_id, h.code "
                + "limit :limit offset :offset").param("units", unitIds).param("limit", limit).param("offset", offset)
                .query((rs, n) -> HouseholdStore.household(rs, List.of())).list();
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
        return jdbc.sql(COLUMNS + sql.from() + sql.order() + " limit :limit offset :offset").params(sql.parameters())
                .param("limit", limit).param("offset", offset).query((rs, n) -> HouseholdStore.household(rs, List.of()))
                .list();
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
}
