package vn.ansinh.units.internal;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import vn.ansinh.units.AdministrativeUnit;
import vn.ansinh.units.UnitKind;

/** The SQL of importing unit lists: the units bearing GSO codes, new versions, ends and successions. */
@Repository
public class UnitImportStore {

    private final JdbcClient jdbc;

    UnitImportStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<AdministrativeUnit> withGsoCodes() {
        return jdbc.sql("""
                select id, parent_id, kind, code, name, valid_from, valid_to, gso_code from administrative_unit
                where gso_code is not null order by id""")
                .query((rs, n) -> new AdministrativeUnit(rs.getLong(1), rs.getObject(2, Long.class),
                        UnitKind.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5),
                        rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class), rs.getString(8)))
                .list();
    }

    public Set<String> codes() {
        return new HashSet<>(jdbc.sql("select code from administrative_unit").query(String.class).list());
    }

    public long insert(AdministrativeUnit unit) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into administrative_unit (parent_id, kind, code, name, valid_from, valid_to, gso_code)
                values (:parent, :kind, :code, :name, :from, :to, :gso)""")
                .param("parent", unit.parentId()).param("kind", unit.kind().name()).param("code", unit.code())
                .param("name", unit.name()).param("from", unit.validFrom()).param("to", unit.validTo())
                .param("gso", unit.gsoCode())
                .update(key, "id");
        return key.getKey().longValue();
    }

    /** A version made by an import of the same day, corrected in place. */
    public void correct(long id, Long parentId, UnitKind kind, String name) {
        jdbc.sql("update administrative_unit set parent_id = :parent, kind = :kind, name = :name where id = :id")
                .param("parent", parentId).param("kind", kind.name()).param("name", name).param("id", id).update();
    }

    public void end(long id, LocalDate lastDay) {
        jdbc.sql("update administrative_unit set valid_to = :to where id = :id").param("to", lastDay).param("id", id)
                .update();
    }

    public void succession(long predecessorId, long successorId, LocalDate on, String kind, String legalBasis) {
        jdbc.sql("""
                insert into unit_succession (predecessor_id, successor_id, effective_on, kind, legal_basis)
                values (:from, :to, :on, :kind, :basis) on conflict do nothing""")
                .param("from", predecessorId).param("to", successorId).param("on", on).param("kind", kind)
                .param("basis", legalBasis).update();
    }
}
