package vn.ansinh.labour.web;

import java.util.List;

import vn.ansinh.labour.ActualsTable;

/**
 * The communes of a programme's Biểu 1 the user reads, those they write, and the programme's year:
 * what the record pages list, offer and check against. labelOf names a commune as its row does.
 */
public record ProgrammeCommunes(long programmeId, int year, List<ActualsTable.Row> readable, List<ActualsTable.Row> writable) {

    static ProgrammeCommunes of(long programmeId, ActualsTable table, java.util.function.LongPredicate canWrite) {
        return new ProgrammeCommunes(programmeId, table.table().year(), table.rows(),
                table.rows().stream().filter(r -> canWrite.test(r.unitId())).toList());
    }

    public boolean has(long unitId) {
        return readable.stream().anyMatch(r -> r.unitId() == unitId);
    }

    public boolean writes(Long unitId) {
        return unitId != null && writable.stream().anyMatch(r -> r.unitId() == unitId.longValue());
    }

    public List<Long> unitIds() {
        return readable.stream().map(ActualsTable.Row::unitId).toList();
    }

    public String labelOf(long unitId) {
        return readable.stream().filter(r -> r.unitId() == unitId).map(ActualsTable.Row::label).findFirst().orElse("");
    }
}
