package vn.ansinh.uploads;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import vn.ansinh.support.ProgrammeYaml;
import vn.ansinh.support.RowCounts;
import vn.ansinh.support.Xlsx;

/**
 * Sends seeded mutations of the files ansinh exports, and hostile files, to every upload of the API, and
 * records what came back: the status, whether a refused (or dry-run) upload wrote anything, how long each
 * took. A mutated Biểu workbook the dry run approves is then imported for real, into a programme of its own:
 * the dry run must have run every check the write does. Used by the suite's test and by the benchmark.
 */
final class UploadFuzz {

    private static final String HOUSEHOLD_HEADER = "Xã;Mã hộ;Thôn;Địa chỉ;Khu vực;Dân tộc;Điện thoại;Năm;Phân loại;"
            + "Nhóm hộ nghèo;Lý do;Họ tên;Giới tính;Ngày sinh;Quan hệ với chủ hộ;Số CCCD;Khuyết tật;BHYT;"
            + "Trình độ học vấn;Việc làm";
    private static final List<String> HOUSEHOLD_ROWS = List.of(
            "Xã Cam Thủy;FZ-01;Thôn Tân Mỹ;Thôn Tân Mỹ xã Cam Thủy;Nông thôn;Kinh;0905 123 456;2086;Hộ nghèo;CSGN;;"
                    + "Trần Văn Nam;Nam;12/03/1968;Chủ hộ;045068001234;;x;THCS;Nông nghiệp",
            "Xã Cam Thủy;FZ-01;;;;;;;;;;Nguyễn Thị Hoa;Nữ;1970-07-01;Vợ;;;x;;",
            "Xã Cam Thủy;FZ-02;Thôn Mộc Đức;;Nông thôn;Vân Kiều;;2086;Hộ cận nghèo;;;Hồ Văn Sơn;Nam;1955-01-01;Chủ hộ;;;;;");
    private static final String LABOUR = "Loại;Xã;Ngày;Họ tên;Giới tính;Ngày sinh;Nơi làm việc\n"
            + "Việc làm;Cam Hiếu;01/05/2013;Võ Văn G;Nam;02/03/1990;Tại xã\n";
    private static final String PERSONS = "Xã;Họ tên;Giới tính;Ngày sinh;Có việc làm;Trình độ;Chứng chỉ\n"
            + "Cam Hiếu;Lê Thị Mai;Nữ;1990-04-05;Có;Có chứng chỉ;Sơ cấp may\n";

    /** One upload: where it went, its status, whether it wrote though refused, and its time. */
    record Sent(String file, String endpoint, int status, boolean partialWrite, long millis) {
    }

    private final MockMvc mvc;
    private final JdbcClient jdbc;
    private final long programme;
    private final List<Sent> sent = new ArrayList<>();
    private long peakHeap;

    UploadFuzz(MockMvc mvc, JdbcClient jdbc, long programme) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.programme = programme;
    }

    /** Every base file by the upload it goes to. */
    Map<String, Map<String, byte[]>> bases() throws Exception {
        Map<String, Map<String, byte[]>> bases = new LinkedHashMap<>();
        Map<String, byte[]> bieu = new LinkedHashMap<>();
        for (String table : List.of("bieu-1", "bieu-2", "bieu-3")) {
            bieu.put(table + ".xlsx", mvc.perform(get("/programmes/" + programme + "/tables/" + table + ".xlsx"))
                    .andReturn().getResponse().getContentAsByteArray());
        }
        bases.put("/api/v1/programmes/" + programme + "/imports", bieu);
        List<String> households = new ArrayList<>(List.of(HOUSEHOLD_HEADER));
        households.addAll(HOUSEHOLD_ROWS);
        bases.put("/api/v1/households/imports", list("ho", String.join("\n", households) + "\n"));
        bases.put("/api/v1/labour/imports", list("lao-dong", LABOUR));
        bases.put("/api/v1/labour/persons/imports", list("nhan-khau", PERSONS));
        bases.put("/api/v1/programme-files", Map.of("chuong-trinh.yaml",
                ProgrammeYaml.seed().withYear(2052).text().getBytes(StandardCharsets.UTF_8)));
        return bases;
    }

    private static Map<String, byte[]> list(String name, String csv) {
        Xlsx xlsx = Xlsx.create().sheet("Danh sách");
        csv.lines().forEach(line -> xlsx.row((Object[]) Arrays.copyOf(line.split(";", -1), line.split(";", -1).length)));
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(name + ".csv", csv.getBytes(StandardCharsets.UTF_8));
        files.put(name + ".xlsx", xlsx.bytes());
        return files;
    }

    /** Mutations of every base file, and the hostile files to every upload. */
    List<Sent> run(int mutationsPerFile, long seed) throws Exception {
        Mutations mutations = new Mutations(seed);
        Map<String, byte[]> hostile = Mutations.hostile();
        for (Map.Entry<String, Map<String, byte[]>> upload : bases().entrySet()) {
            for (Map.Entry<String, byte[]> base : upload.getValue().entrySet()) {
                boolean zip = base.getKey().endsWith(".xlsx");
                for (int i = 0; i < mutationsPerFile; i++) {
                    send(upload.getKey(), base.getKey() + "#" + i, mutations.mutate(base.getValue(), zip));
                }
            }
            for (Map.Entry<String, byte[]> file : hostile.entrySet()) {
                send(upload.getKey(), file.getKey(), file.getValue());
            }
        }
        return sent;
    }

    /**
     * A dry run, and for a Biểu workbook it approves the import itself; the rows of every table counted before
     * and after (the counts take longer than most uploads, so a dry run's are taken every tenth file and for
     * every real import: a dry run that wrote would still show at the next count).
     */
    private void send(String endpoint, String file, byte[] content) throws Exception {
        boolean count = sent.size() % 10 == 0;
        RowCounts before = count ? RowCounts.of(jdbc) : null;
        long start = System.nanoTime();
        int status = post(endpoint, file, content, true);
        long millis = (System.nanoTime() - start) / 1_000_000;
        boolean wrote = count && !RowCounts.of(jdbc).changesSince(before).isEmpty();
        if (status == 200 && endpoint.contains("/programmes/")) {
            RowCounts beforeWrite = RowCounts.of(jdbc);
            start = System.nanoTime();
            status = post(endpoint, file, content, false);
            millis += (System.nanoTime() - start) / 1_000_000;
            wrote |= status >= 300 && !RowCounts.of(jdbc).changesSince(beforeWrite).isEmpty();
        }
        sent.add(new Sent(file, endpoint, status, wrote, millis));
        peakHeap = Math.max(peakHeap, heapPeak());
    }

    private int post(String endpoint, String file, byte[] content, boolean dryRun) throws Exception {
        try {
            return mvc.perform(multipart(endpoint).file(new MockMultipartFile("file", file, "application/octet-stream",
                    content)).param("dryRun", String.valueOf(dryRun))).andReturn().getResponse().getStatus();
        } catch (Exception | Error e) {
            // MockMvc throws what the application did not handle: the server would have answered 500.
            new RuntimeException(endpoint + " " + file, e).printStackTrace();
            return 500;
        }
    }

    /** The most the heap has held since the JVM started (all heap pools' peaks). */
    static long heapPeak() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    long peakHeap() {
        return peakHeap;
    }
}
