package vn.ansinh.responsibility.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import vn.ansinh.responsibility.Department;
import vn.ansinh.responsibility.Responsibility;
import vn.ansinh.shared.Domain;

/** Reads and writes the periods of departments' responsibility for the domains. */
@Component
public class ResponsibilityStore {

    private final JdbcClient jdbc;

    ResponsibilityStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** By domain (in the enum's order), the domain's row before its indicators' rows, each oldest first. */
    public List<Responsibility> all() {
        return jdbc.sql("""
                select id, domain, indicator_code, department_code, department_name, department_name_en, valid_from,
                       valid_to, legal_basis
                from domain_responsibility order by indicator_code nulls first, valid_from nulls first, id""")
                .query((rs, n) -> new Responsibility(rs.getLong(1), Domain.valueOf(rs.getString(2)), rs.getString(3),
                        new Department(rs.getString(4), rs.getString(5), rs.getString(6)),
                        rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class), rs.getString(9)))
                .list().stream().sorted(java.util.Comparator.comparing(Responsibility::domain)).toList();
    }

    /** Adds the period; the one returned carries its new id. */
    public Responsibility insert(Responsibility r) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into domain_responsibility (domain, indicator_code, department_code, department_name,
                    department_name_en, valid_from, valid_to, legal_basis)
                values (:domain, :indicator, :code, :name, :nameEn, :from, :to, :basis)""")
                .param("domain", r.domain().name()).param("indicator", r.indicatorCode())
                .param("code", r.department().code()).param("name", r.department().name())
                .param("nameEn", r.department().nameEn()).param("from", r.validFrom()).param("to", r.validTo())
                .param("basis", r.legalBasis()).update(key, "id");
        return new Responsibility(key.getKey().longValue(), r.domain(), r.indicatorCode(), r.department(), r.validFrom(),
                r.validTo(), r.legalBasis());
    }

    public void end(long id, LocalDate validTo) {
        jdbc.sql("update domain_responsibility set valid_to = :to where id = :id").param("to", validTo).param("id", id)
                .update();
    }
}
