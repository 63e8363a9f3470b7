package vn.ansinh.households.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.ansinh.households.HouseholdEnd;
import vn.ansinh.households.HouseholdEndReason;
import vn.ansinh.households.RetentionCandidate;

/**
 * A household's end, and the anonymisation of its personal data once its retention period has passed: the rows of
 * household and household_member keep their counts, sexes, relations, education and employment, and the statuses
 * (and so the registry's counts) are not touched.
 */
@Component
public class HouseholdRetentionStore {

    private static final String ANONYMOUS_MEMBER = "Thành viên ";
    private static final String ANONYMOUS_HEAD = "Chủ hộ";

    private final JdbcClient jdbc;

    HouseholdRetentionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<HouseholdEnd> endOf(long id) {
        return jdbc.sql("select ended_on, end_reason from household where id = :id and ended_on is not null")
                .param("id", id).query((rs, n) -> new HouseholdEnd(rs.getObject(1, LocalDate.class),
                        HouseholdEndReason.valueOf(rs.getString(2)))).optional();
    }

    public Optional<LocalDate> anonymisedOn(long id) {
        return jdbc.sql("select anonymised_on from household where id = :id and anonymised_on is not null")
                .param("id", id).query(LocalDate.class).optional();
    }

    public void end(long id, HouseholdEnd end) {
        jdbc.sql("update household set ended_on = :on, end_reason = :reason, version = version + 1 where id = :id")
                .param("on", end.endedOn()).param("reason", end.reason().name()).param("id", id).update();
    }

    /**
     * The households not yet anonymised that ended before endedBefore, or that were never marked ended and whose
     * last status is of lastYear or earlier (one without any status is never a candidate: nothing says it left).
     */
    public List<RetentionCandidate> candidates(LocalDate endedBefore, int lastYear) {
        return jdbc.sql("""
                select h.id, h.unit_id, h.code, h.village,
                (select count(*) from household_member m where m.household_id = h.id),
                h.ended_on, h.end_reason,
                (select max(s.status_year) from household_status s where s.household_id = h.id)
                from household h where h.anonymised_on is null and (h.ended_on < :endedBefore
                or (h.ended_on is null and exists (select 1 from household_status s where s.household_id = h.id)
                and not exists (select 1 from household_status s where s.household_id = h.id and s.status_year > :lastYear)))
                order by h.unit_id, h.code""")
                .param("endedBefore", endedBefore).param("lastYear", lastYear)
                .query((rs, n) -> new RetentionCandidate(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getString(4), rs.getInt(5), rs.getObject(6, LocalDate.class),
                        rs.getString(7) == null ? null : HouseholdEndReason.valueOf(rs.getString(7)),
                        rs.getObject(8, Integer.class)))
                .list();
    }

    /** Erases the household's personal data: members become «Thành viên 1…», the head the member they were. */
    public void anonymise(long id, LocalDate today) {
        String head = jdbc.sql("select head_name from household where id = :id").param("id", id).query(String.class)
                .single();
        List<MemberRow> members = jdbc.sql("""
                select id, sort_order, full_name, birth_date from household_member where household_id = :id
                order by sort_order""").param("id", id).query((rs, n) -> new MemberRow(rs.getLong(1), n + 1,
                        rs.getString(3), rs.getObject(4, LocalDate.class))).list();
        String anonymousHead = ANONYMOUS_HEAD;
        for (MemberRow member : members) {
            String name = ANONYMOUS_MEMBER + member.number();
            if (anonymousHead.equals(ANONYMOUS_HEAD) && member.fullName().equals(head)) {
                anonymousHead = name;
            }
            jdbc.sql("""
                    update household_member set full_name = :name, search_name = :folded, birth_date = :birth,
                    citizen_id = null, disability = false, health_insurance = false where id = :id""")
                    .param("name", name).param("folded", NameFolding.fold(name))
                    .param("birth", member.birthDate() == null ? null : LocalDate.of(member.birthDate().getYear(), 1, 1))
                    .param("id", member.id()).update();
        }
        jdbc.sql("""
                update household set head_name = :head, search_name = :folded, address = null, ethnicity = null,
                phone = null, anonymised_on = :today, version = version + 1 where id = :id""")
                .param("head", anonymousHead).param("folded", NameFolding.fold(anonymousHead)).param("today", today)
                .param("id", id).update();
    }

    private record MemberRow(long id, int number, String fullName, LocalDate birthDate) {
    }
}
