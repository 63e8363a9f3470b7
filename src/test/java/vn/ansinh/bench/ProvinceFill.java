package vn.ansinh.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.ansinh.annex.AnnexRow;
import vn.ansinh.annex.AnnexTableDefinition;
import vn.ansinh.annex.AnnexTables;
import vn.ansinh.households.RegistryRecount;
import vn.ansinh.programme.DocumentReference;
import vn.ansinh.programme.NewProgramme;
import vn.ansinh.programme.Programmes;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.units.AdministrativeUnit;
import vn.ansinh.units.UnitKind;
import vn.ansinh.units.Units;

/**
 * A synthetic province written into ansinh's H2 database the fast way: the province, its 120 communes and a
 * programme with Biểu 2 of every commune through ansinh's services; the households, members and statuses of
 * {@link SyntheticProvince} straight from its CSV files with H2's CSVREAD (INSERT … SELECT, ids after the
 * seed's); then RegistryRecount sets the registry's kept counts, as it does at every start. Not ansinh's
 * validated import (ProvinceBenchmark measures that): here only the rows matter. The folded search names are
 * lower(name), accents kept: a few bytes a name more than ansinh writes.
 */
final class ProvinceFill {

    static final int COMMUNES = 120;
    private static final int YEAR = 2027;
    private static final AccessScope ALL = AccessScope.everything();

    /** What was written, how long it took, and the programme whose Biểu 2 lists the communes. */
    record Filled(long households, long members, long programme, double generated, double loaded) {

        String describe() {
            return ("Province in an H2 file database: %d communes, %,d households, %,d member rows; generated (SyntheticProvince, "
                    + "seed 2026) in %.1f s, loaded by CSVREAD with the counts recounted in %.1f s")
                    .formatted(COMMUNES, households, members, generated, loaded);
        }
    }

    private final ConfigurableApplicationContext context;
    private final JdbcClient jdbc;
    private final Path folder;

    ProvinceFill(ConfigurableApplicationContext context, Path folder) {
        this.context = context;
        this.jdbc = context.getBean(JdbcClient.class);
        this.folder = folder;
    }

    Filled fill(int households) throws Exception {
        Units units = context.getBean(Units.class);
        long province = units.add(AdministrativeUnit.create(null, UnitKind.PROVINCE, "BENCH", "Tỉnh Thử Nghiệm")).id();
        long[] communeIds = new long[COMMUNES];
        for (int c = 1; c <= COMMUNES; c++) {
            communeIds[c - 1] = units.add(AdministrativeUnit.create(province, UnitKind.COMMUNE,
                    SyntheticProvince.communeCode(c), SyntheticProvince.communeName(c))).id();
        }
        long programme = programmeOf(province, communeIds);
        long start = System.nanoTime();
        int perCommune = (households + COMMUNES - 1) / COMMUNES;
        SyntheticProvince.Written written = new SyntheticProvince(COMMUNES, perCommune, YEAR).write(folder, communeIds);
        double generated = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        load();
        context.getBean(RegistryRecount.class).recount();
        double loaded = (System.nanoTime() - start) / 1e9;
        return new Filled(written.households(), written.members(), programme, generated, loaded);
    }

    /** The three tables from the CSV files; the generated ids moved after the households already there. */
    private void load() {
        long offset = jdbc.sql("select coalesce(max(id), 0) from household").query(Long.class).single();
        jdbc.sql("""
                insert into household (id, unit_id, code, village, head_name, address, ethnicity, phone, area, search_name)
                select cast(c1 as bigint) + :offset, cast(c2 as bigint), c3, nullif(c4, ''), c5, nullif(c6, ''),
                       nullif(c7, ''), nullif(c8, ''), c9, lower(c5)
                from csvread(%s, 'c1,c2,c3,c4,c5,c6,c7,c8,c9', 'charset=UTF-8')""".formatted(csv("household.csv")))
                .param("offset", offset).update();
        jdbc.sql("""
                insert into household_member (household_id, sort_order, full_name, sex, birth_date, relation, citizen_id,
                       disability, health_insurance, education, employment, search_name)
                select cast(c1 as bigint) + :offset, cast(c2 as int), c3, c4, cast(nullif(c5, '') as date), c6,
                       nullif(c7, ''), c8 = 't', c9 = 't', nullif(c10, ''), nullif(c11, ''), lower(c3)
                from csvread(%s, 'c1,c2,c3,c4,c5,c6,c7,c8,c9,c10,c11', 'charset=UTF-8')""".formatted(csv("member.csv")))
                .param("offset", offset).update();
        jdbc.sql("""
                insert into household_status (household_id, status_year, classification, poor_category,
                       cannot_exit_reason, note)
                select cast(c1 as bigint) + :offset, cast(c2 as int), c3, nullif(c4, ''), nullif(c5, ''), nullif(c6, '')
                from csvread(%s, 'c1,c2,c3,c4,c5,c6', 'charset=UTF-8')""".formatted(csv("status.csv")))
                .param("offset", offset).update();
        long next = jdbc.sql("select max(id) + 1 from household").query(Long.class).single();
        jdbc.sql("alter table household alter column id restart with " + next).update();
    }

    /** The file as an SQL literal: CSVREAD takes no parameter for it. */
    private String csv(String name) {
        return "'" + folder.resolve(name).toAbsolutePath().toString().replace("'", "''") + "'";
    }

    /** The province's programme with a Biểu 2 of all its communes, laid out as the seed's Biểu 2. */
    private long programmeOf(long province, long[] communeIds) {
        AnnexTables tables = context.getBean(AnnexTables.class);
        AnnexTableDefinition seed = tables.computed(1, "bieu-2", ALL).orElseThrow().definition();
        long id = context.getBean(Programmes.class).create(new NewProgramme(province, YEAR,
                new DocumentReference("", "CTrPH–UBND", null, 1, YEAR), "CHƯƠNG TRÌNH PHỐI HỢP THỬ NGHIỆM", "", List.of(),
                "", "", List.of(), "", List.of(), "benchmark")).id();
        List<AnnexRow> rows = new ArrayList<>();
        for (int i = 0; i < communeIds.length; i++) {
            rows.add(new AnnexRow(communeIds[i], String.valueOf(i + 1), "Xã " + SyntheticProvince.communeName(i + 1)));
        }
        tables.define(new AnnexTableDefinition(id, seed.code(), seed.title(), seed.totalLabel(), seed.header(),
                seed.columns(), rows, Map.of(), seed.checks(), List.of()));
        return id;
    }
}
