package vn.ansinh.meetings.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.ansinh.shared.Party;
import vn.ansinh.shared.PartyKind;

/** The parties of meetings or inspections, kept in a table of (owner, party_kind, party_id): who was present, who took part. */
final class PartyRows {

    private final JdbcClient jdbc;
    private final String table;
    private final String owner;

    PartyRows(JdbcClient jdbc, String table, String owner) {
        this.jdbc = jdbc;
        this.table = table;
        this.owner = owner;
    }

    void insert(long ownerId, List<Party> parties) {
        for (Party party : parties) {
            jdbc.sql("insert into " + table + " (" + owner + ", party_kind, party_id) values (:owner, :kind, :id)")
                    .param("owner", ownerId).param("kind", party.kind().name()).param("id", party.id()).update();
        }
    }

    /** The parties of each owner asked for, in no particular order (the service orders them as the programme does). */
    Map<Long, List<Party>> of(List<Long> ownerIds) {
        Map<Long, List<Party>> byOwner = new LinkedHashMap<>();
        ownerIds.forEach(id -> byOwner.put(id, new ArrayList<>()));
        if (ownerIds.isEmpty()) {
            return byOwner;
        }
        jdbc.sql("select " + owner + ", party_kind, party_id from " + table + " where " + owner + " in (:owners)")
                .param("owners", ownerIds)
                .query((rs, n) -> byOwner.get(rs.getLong(1)).add(new Party(PartyKind.valueOf(rs.getString(2)),
                        rs.getLong(3)))).list();
        return byOwner;
    }
}
