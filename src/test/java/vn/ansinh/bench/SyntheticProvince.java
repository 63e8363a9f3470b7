package vn.ansinh.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A synthetic province for the benchmarks: communes of equal size, households with 1 to 6 members,
 * about 4 % poor (seven in ten of them policy can lift out), 6 % near-poor, 15 % of medium living
 * standard. Deterministic: the same seed gives the same province. It writes the list as ansinh's import
 * reads it, and the same rows as the three tables' CSV for a plain COPY.
 */
final class SyntheticProvince {

    static final List<String> HEADER = List.of("Xã", "Mã hộ", "Thôn", "Địa chỉ", "Khu vực", "Dân tộc", "Điện thoại", "Năm",
            "Phân loại", "Nhóm hộ nghèo", "Lý do", "Họ tên", "Giới tính", "Ngày sinh", "Quan hệ với chủ hộ", "Số CCCD",
            "Khuyết tật", "BHYT", "Trình độ học vấn", "Việc làm");
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Võ", "Đặng", "Bùi", "Hồ"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Hữu", "Minh", "Ngọc", "Đức", "Thanh", "Quang"};
    private static final String[] GIVEN = {"An", "Bình", "Cường", "Dũng", "Hoa", "Lan", "Mai", "Nam", "Sơn", "Tâm", "Thảo",
        "Tuấn", "Vân", "Yến"};
    private static final String[] RELATIONS = {"Vợ", "Chồng", "Con", "Con", "Con", "Cháu", "Bố", "Mẹ"};
    private static final String[] REASONS = {"Không có khả năng lao động", "Người cao tuổi sống một mình", "Khuyết tật nặng",
        "Ốm đau kinh niên", "Khác"};

    /** What was written: households and member rows, and how many of each status. */
    record Written(long households, long members, long poor, long canExit, long nearPoor) {
    }

    private final int communes;
    private final int householdsPerCommune;
    private final int year;

    SyntheticProvince(int communes, int householdsPerCommune, int year) {
        this.communes = communes;
        this.householdsPerCommune = householdsPerCommune;
        this.year = year;
    }

    static String communeName(int commune) {
        return "Thử Nghiệm %03d".formatted(commune);
    }

    static String communeCode(int commune) {
        return "BENCH.X%03d".formatted(commune);
    }

    /**
     * Writes list.csv (the import's list), and household.csv, member.csv, status.csv (the same rows
     * as the tables hold them, for COPY; household ids 1, 2, … in order, communes' ids given).
     */
    Written write(Path folder, long[] communeIds) throws IOException {
        Files.createDirectories(folder);
        SplittableRandom random = new SplittableRandom(2026);
        long households = 0;
        long members = 0;
        long poor = 0;
        long canExit = 0;
        long nearPoor = 0;
        try (BufferedWriter list = writer(folder.resolve("list.csv")); BufferedWriter household = writer(folder.resolve("household.csv"));
                BufferedWriter member = writer(folder.resolve("member.csv")); BufferedWriter status = writer(folder.resolve("status.csv"))) {
            list.write(String.join(",", HEADER));
            list.write('\n');
            for (int c = 1; c <= communes; c++) {
                for (int h = 1; h <= householdsPerCommune; h++) {
                    households++;
                    Household row = household(random, c, h);
                    poor += row.classification.equals("Hộ nghèo") ? 1 : 0;
                    canExit += "CSGN".equals(row.category) ? 1 : 0;
                    nearPoor += row.classification.equals("Hộ cận nghèo") ? 1 : 0;
                    members += row.write(list, household, member, status, households, communeIds[c - 1], year);
                }
            }
        }
        return new Written(households, members, poor, canExit, nearPoor);
    }

    private static BufferedWriter writer(Path file) throws IOException {
        return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }

    private Household household(SplittableRandom random, int commune, int number) {
        double r = random.nextDouble();
        String classification = r < 0.04 ? "Hộ nghèo" : r < 0.10 ? "Hộ cận nghèo" : r < 0.25 ? "Hộ có mức sống trung bình"
                : "Không nghèo";
        String category = null;
        String reason = null;
        if (r < 0.04) {
            category = random.nextDouble() < 0.7 ? "CSGN" : "Không thể thoát nghèo";
            reason = category.equals("CSGN") ? null : REASONS[random.nextInt(REASONS.length)];
        }
        int size = 1 + Math.min(5, (int) Math.floor(-Math.log(1 - random.nextDouble()) * 2.3));
        String[][] people = new String[size][];
        for (int i = 0; i < size; i++) {
            boolean male = random.nextBoolean();
            String name = FAMILY[random.nextInt(FAMILY.length)] + " " + (male ? "Văn" : MIDDLE[random.nextInt(MIDDLE.length)])
                    + " " + GIVEN[random.nextInt(GIVEN.length)];
            LocalDate birth = LocalDate.of(1940 + random.nextInt(80), 1 + random.nextInt(12), 1 + random.nextInt(28));
            String citizen = birth.getYear() < 2010 ? "0%02d%09d".formatted(random.nextInt(100), random.nextInt(1_000_000_000)) : "";
            people[i] = new String[] {name, male ? "Nam" : "Nữ", birth.toString(), i == 0 ? "Chủ hộ"
                    : RELATIONS[random.nextInt(RELATIONS.length)], citizen, random.nextInt(20) == 0 ? "Có" : "",
                random.nextInt(10) < 9 ? "Có" : ""};
        }
        String phone = "09%08d".formatted(random.nextInt(100_000_000));
        return new Household(communeName(commune), "H%05d".formatted(number), "Thôn " + (1 + number % 12), phone,
                classification, category, reason, people);
    }

    /** A household's rows: details on the first, a member a row. */
    private record Household(String commune, String code, String village, String phone, String classification,
            String category, String reason, String[][] people) {

        int write(BufferedWriter list, BufferedWriter household, BufferedWriter member, BufferedWriter status, long id,
                long unitId, int year) throws IOException {
            for (int i = 0; i < people.length; i++) {
                String[] p = people[i];
                boolean first = i == 0;
                list.write(String.join(",", "Xã " + commune, code, first ? village : "", "", first ? "Nông thôn" : "", "",
                        first ? phone : "", first ? String.valueOf(year) : "", first ? classification : "",
                        first && category != null ? category : "", first && reason != null ? reason : "", p[0], p[1], p[2],
                        p[3], p[4], p[5], p[6], "", ""));
                list.write('\n');
                member.write(String.join(",", String.valueOf(id), String.valueOf(i + 1), p[0], p[1].equals("Nam") ? "M" : "F",
                        p[2], p[3], p[4], p[5].isEmpty() ? "f" : "t", p[6].isEmpty() ? "f" : "t", "", ""));
                member.write('\n');
            }
            household.write(String.join(",", String.valueOf(id), String.valueOf(unitId), code, village, people[0][0], "",
                    "", phone, "RURAL"));
            household.write('\n');
            status.write(String.join(",", String.valueOf(id), String.valueOf(year), code(classification),
                    category == null ? "" : category.equals("CSGN") ? "CAN_EXIT" : "CANNOT_EXIT", reason == null ? "" : reason(reason), ""));
            status.write('\n');
            return people.length;
        }

        private static String code(String classification) {
            return switch (classification) {
                case "Hộ nghèo" -> "POOR";
                case "Hộ cận nghèo" -> "NEAR_POOR";
                case "Hộ có mức sống trung bình" -> "MEDIUM";
                default -> "NOT_POOR";
            };
        }

        private static String reason(String reason) {
            return switch (reason) {
                case "Không có khả năng lao động" -> "NO_LABOUR_CAPACITY";
                case "Người cao tuổi sống một mình" -> "ELDERLY_ALONE";
                case "Khuyết tật nặng" -> "SEVERE_DISABILITY";
                case "Ốm đau kinh niên" -> "CHRONIC_ILLNESS";
                default -> "OTHER";
            };
        }
    }
}
