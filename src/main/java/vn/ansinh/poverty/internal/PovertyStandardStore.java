package vn.ansinh.poverty.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.ansinh.poverty.Area;
import vn.ansinh.poverty.AreaThreshold;
import vn.ansinh.poverty.DeprivationIndicator;
import vn.ansinh.poverty.PovertyRule;
import vn.ansinh.poverty.PovertyStandard;

/** Reads and writes poverty standards with their lines and indicators, in their order. */
@Component
public class PovertyStandardStore {

    private final JdbcClient jdbc;

    PovertyStandardStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<PovertyStandard> all() {
        Map<Long, List<AreaThreshold>> thresholds = new HashMap<>();
        jdbc.sql("select standard_id, area, poor_line, near_poor_line, medium_line from poverty_threshold "
                + "order by standard_id, sort_order").query((rs, n) -> {
                    thresholds.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new AreaThreshold(
                            Area.valueOf(rs.getString(2)), rs.getBigDecimal(3), rs.getBigDecimal(4), rs.getBigDecimal(5)));
                    return null;
                }).list();
        Map<Long, List<DeprivationIndicator>> indicators = new HashMap<>();
        jdbc.sql("select standard_id, code, dimension, name, name_en from poverty_indicator order by standard_id, sort_order")
                .query((rs, n) -> {
                    indicators.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new DeprivationIndicator(
                            rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
                    return null;
                }).list();
        return jdbc.sql("""
                select id, code, name, legal_basis, valid_from, valid_to, rule, deprivation_threshold, draft, note
                from poverty_standard order by valid_from""")
                .query((rs, n) -> new PovertyStandard(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, java.time.LocalDate.class), rs.getObject(6, java.time.LocalDate.class),
                        PovertyRule.valueOf(rs.getString(7)), rs.getInt(8), rs.getBoolean(9), rs.getString(10),
                        thresholds.getOrDefault(rs.getLong(1), List.of()), indicators.getOrDefault(rs.getLong(1), List.of())))
                .list();
    }

    /** Writes the standard's fields, lines and indicators over what it had. */
    public void update(PovertyStandard standard) {
        jdbc.sql("""
                update poverty_standard set name = :name, legal_basis = :basis, valid_from = :from, valid_to = :to,
                rule = :rule, deprivation_threshold = :threshold, note = :note where id = :id""")
                .param("name", standard.name()).param("basis", standard.legalBasis()).param("from", standard.validFrom())
                .param("to", standard.validTo()).param("rule", standard.rule().name())
                .param("threshold", standard.deprivationThreshold()).param("note", standard.note())
                .param("id", standard.id()).update();
        jdbc.sql("delete from poverty_threshold where standard_id = :id").param("id", standard.id()).update();
        jdbc.sql("delete from poverty_indicator where standard_id = :id").param("id", standard.id()).update();
        for (int i = 0; i < standard.thresholds().size(); i++) {
            AreaThreshold t = standard.thresholds().get(i);
            jdbc.sql("insert into poverty_threshold values (:id, :order, :area, :poor, :nearPoor, :medium)")
                    .param("id", standard.id()).param("order", i + 1).param("area", t.area().name())
                    .param("poor", t.poorLine()).param("nearPoor", t.nearPoorLine()).param("medium", t.mediumLine())
                    .update();
        }
        for (int i = 0; i < standard.indicators().size(); i++) {
            DeprivationIndicator d = standard.indicators().get(i);
            jdbc.sql("insert into poverty_indicator values (:id, :order, :code, :dimension, :name, :nameEn)")
                    .param("id", standard.id()).param("order", i + 1).param("code", d.code())
                    .param("dimension", d.dimension()).param("name", d.name()).param("nameEn", d.nameEn()).update();
        }
    }
}
