package vn.ansinh.partners.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.HashSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.ansinh.partners.OrganisationKind;
import vn.ansinh.partners.OrganisationSuccession;
import vn.ansinh.partners.PartnerOrganisation;

/**
 * Organisations as they follow units: the ones still going on at units (not merged into another), and the record of
 * each organisation's succession.
 */
@Repository
public class OrganisationSuccessionStore {

    private static final String NOT_MERGED = """
            not exists (select 1 from organisation_succession s where s.organisation_id = o.id and s.kind = 'MERGED')""";

    private static final String SELECT = """
            select organisation_id, kind, from_unit_id, to_unit_id, continued_in_id, effective_on, legal_basis
            from organisation_succession""";

    private final JdbcClient jdbc;

    OrganisationSuccessionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The organisations going on at these units, in the order they were created. */
    public List<PartnerOrganisation> goingOnAt(Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select o.id, o.unit_id, o.parent_id, o.kind, o.code, o.name, o.short_name "
                + "from partner_organisation o where o.unit_id in (:units) and " + NOT_MERGED + " order by o.id")
                .param("units", List.copyOf(unitIds))
                .query((rs, n) -> new PartnerOrganisation(rs.getLong(1), rs.getLong(2), (Long) rs.getObject(3, Long.class),
                        OrganisationKind.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getString(7)))
                .list();
    }

    /** The units that have an organisation going on. */
    public Set<Long> unitsWithOrganisations() {
        return new HashSet<>(jdbc.sql("select distinct o.unit_id from partner_organisation o where " + NOT_MERGED)
                .query(Long.class).list());
    }

    public void record(OrganisationSuccession s) {
        jdbc.sql("""
                insert into organisation_succession (organisation_id, kind, from_unit_id, to_unit_id, continued_in_id,
                effective_on, legal_basis) values (:org, :kind, :from, :to, :into, :on, :basis)""")
                .param("org", s.organisationId()).param("kind", s.kind().name()).param("from", s.fromUnitId())
                .param("to", s.toUnitId()).param("into", s.continuedInId()).param("on", s.effectiveOn())
                .param("basis", s.legalBasis()).update();
    }

    /** What became of an organisation through successions, oldest first. */
    public List<OrganisationSuccession> history(long organisationId) {
        return jdbc.sql(SELECT + " where organisation_id = :org order by effective_on, id").param("org", organisationId)
                .query(this::row).list();
    }

    /** Every organisation that ended, merged into another. */
    public List<OrganisationSuccession> merged() {
        return jdbc.sql(SELECT + " where kind = 'MERGED' order by id").query(this::row).list();
    }

    private OrganisationSuccession row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new OrganisationSuccession(rs.getLong(1), OrganisationSuccession.Kind.valueOf(rs.getString(2)),
                rs.getLong(3), rs.getLong(4), (Long) rs.getObject(5, Long.class), rs.getObject(6, LocalDate.class),
                rs.getString(7));
    }
}
