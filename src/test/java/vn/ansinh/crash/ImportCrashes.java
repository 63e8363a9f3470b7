package vn.ansinh.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Power cuts during a household import: ansinh imports a list once whole (timing it), then, started again on the
 * same folder each time, is killed with SIGKILL at given moments of the same import of another list. After each
 * kill the database file, opened as it was left, holds none or all of that list (households, members, statuses),
 * all of it when the import had answered 200, and the registry's kept counts equal a count of the statuses; and
 * ansinh starts again on it.
 */
final class ImportCrashes {

    /** The year of the statuses the lists give (no seed figure is of it). */
    static final int YEAR = 2024;
    private static final String IMPORT = "/api/v1/households/imports?dryRun=false";
    // Communes in force in that year: Cam An and Cam Thanh merged into Thanh An on 01/01/2020 (the seed's data says so).
    private static final List<String> COMMUNES = List.of("Cam Hiếu", "Cam Chính", "Cam Thủy", "Cam Tuyền");

    /** What one kill left: the moment (share of the whole import's time), the answer, and the households found. */
    record Outcome(double moment, long afterMillis, int status, int households) {
    }

    private ImportCrashes() {
    }

    static List<Outcome> run(Path folder, int households, double... moments) throws Exception {
        long whole;
        try (ChildAnsinh first = ChildAnsinh.start(folder)) {
            String password = first.adminPassword();
            long start = System.nanoTime();
            assertThat(first.upload(IMPORT, "ho-0.csv", list("K0-", households), password)).isEqualTo(200);
            whole = (System.nanoTime() - start) / 1_000_000;
            first.kill();
        }
        assertWhole(folder, "K0-", households, true);
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < moments.length; i++) {
            String prefix = "K" + (i + 1) + "-";
            String fileName = "ho-" + (i + 1) + ".csv";
            long after = Math.round(whole * moments[i]);
            try (ChildAnsinh child = ChildAnsinh.start(folder)) {
                String password = child.adminPassword();
                byte[] list = list(prefix, households);
                CompletableFuture<Integer> answer = CompletableFuture.supplyAsync(
                        () -> child.upload(IMPORT, fileName, list, password));
                TimeUnit.MILLISECONDS.sleep(after);
                child.kill();
                int status = answer.get(1, TimeUnit.MINUTES);
                int found = assertWhole(folder, prefix, households, status == 200);
                outcomes.add(new Outcome(moments[i], after, status, found));
            }
        }
        return outcomes;
    }

    /** A list of households, each with two members and a status of {@link #YEAR}, in four communes. */
    static byte[] list(String prefix, int households) {
        StringBuilder csv = new StringBuilder("Xã;Mã hộ;Thôn;Khu vực;Năm;Phân loại;Họ tên;Giới tính;Ngày sinh;Quan hệ với chủ hộ\n");
        for (int h = 0; h < households; h++) {
            String status = h % 3 == 0 ? "Hộ cận nghèo" : "Không nghèo";
            String first = COMMUNES.get(h % COMMUNES.size()) + ";" + prefix + h + ";Thôn " + (1 + h % 9) + ";Nông thôn;"
                    + YEAR + ";" + status + ";";
            csv.append(first).append("Trần Văn ").append(h).append(";Nam;1970-03-04;Chủ hộ\n");
            csv.append(first).append("Lê Thị ").append(h).append(";Nữ;1975-06-07;Vợ\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Checks the database as the kill left it: none or all of the list, counts exact; how many households. */
    private static int assertWhole(Path folder, String prefix, int households, boolean answered) throws Exception {
        try (Connection db = ChildAnsinh.open(folder)) {
            int found = count(db, "select count(*) from household where code like ?", prefix);
            int members = count(db, "select count(*) from household_member m join household h on h.id = m.household_id "
                    + "where h.code like ?", prefix);
            int statuses = count(db, "select count(*) from household_status s join household h on h.id = s.household_id "
                    + "where h.code like ?", prefix);
            String what = String.format(Locale.ROOT, "list %s: %d households, %d members, %d statuses", prefix, found,
                    members, statuses);
            assertThat(found).as(what).isIn(0, households);
            assertThat(members).as(what).isEqualTo(2 * found);
            assertThat(statuses).as(what).isEqualTo(found);
            if (answered) {
                assertThat(found).as("an import answered 200 is whole after the kill: " + what).isEqualTo(households);
            }
            assertThat(count(db, "select count(*) from registry_count c where c.count_year = " + YEAR
                    + " and c.measure = 'HOUSEHOLDS' and c.organisation_id = 0 and c.amount <> (select count(*) from "
                    + "household_status s join household h on h.id = s.household_id where h.unit_id = c.unit_id and "
                    + "s.status_year = c.count_year)", null)).as("kept counts that differ from the statuses").isZero();
            return found;
        }
    }

    private static int count(Connection db, String sql, String prefix) throws Exception {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            if (prefix != null) {
                statement.setString(1, prefix + "%");
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
