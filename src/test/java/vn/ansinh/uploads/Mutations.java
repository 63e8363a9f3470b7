package vn.ansinh.uploads;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Seeded mutations of a file ansinh itself exports, as the probe of issue 11 made them: bytes flipped, cut,
 * doubled; for a workbook, its parts changed — a cell's value (figures of 40 digits, 1e30, texts of 5.000
 * characters, negative or decimal counts), its rows renumbered up to 999.999.999, a part nested too deep, a
 * part left out, a huge cell — and hostile files beside: a zip bomb, a zip of text, a Word file, a zip in a
 * zip, OLE2 garbage. The same seed gives the same files.
 */
final class Mutations {

    private static final List<String> VALUES = List.of("1e30", "9".repeat(40), "x".repeat(5000), "-7", "3,5", "12.5",
            "1e400", "NaN", "=1/0", "#REF!", "", " ", "0", "2147483648", "99999999999999999999", "31/02/2019",
            "Cam Không Có", "ạ".repeat(300), "\u0000", "TRUE");
    private static final Pattern CELL_VALUE = Pattern.compile("<v>([^<]*)</v>|<t(?: [^>]*)?>([^<]*)</t>");
    private static final Pattern ROW_NUMBER = Pattern.compile("( r=\"[A-Z]*)(\\d+)(\")");

    private final Random random;

    Mutations(long seed) {
        this.random = new Random(seed);
    }

    /** The n-th mutation of the file (a workbook's parts are mutated when it is a zip). */
    byte[] mutate(byte[] file, boolean zip) {
        int kind = random.nextInt(zip ? 9 : 5);
        return switch (kind) {
            case 0 -> flip(file);
            case 1 -> Arrays.copyOf(file, random.nextInt(Math.max(1, file.length)));
            case 2 -> cutOut(file);
            case 3 -> zip ? parts(file, this::cellValue) : text(file, this::cellValue);
            case 4 -> zip ? parts(file, this::cellValue) : text(file, t -> t.replaceFirst(";|,", ";" + pick() + ";"));
            case 5 -> parts(file, this::renumber);
            case 6 -> parts(file, this::deep);
            case 7 -> withoutPart(file);
            default -> parts(file, t -> t.replaceFirst("<v>[^<]*</v>", "<v>" + "7".repeat(3_000_000) + "</v>"));
        };
    }

    private String pick() {
        return VALUES.get(random.nextInt(VALUES.size()));
    }

    private byte[] flip(byte[] file) {
        byte[] copy = file.clone();
        for (int i = 1 + random.nextInt(8); i > 0 && copy.length > 0; i--) {
            copy[random.nextInt(copy.length)] ^= (byte) (1 << random.nextInt(8));
        }
        return copy;
    }

    private byte[] cutOut(byte[] file) {
        int from = random.nextInt(Math.max(1, file.length));
        int to = Math.min(file.length, from + 1 + random.nextInt(200));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(file, 0, from);
        out.write(file, to, file.length - to);
        return out.toByteArray();
    }

    private static byte[] text(byte[] file, java.util.function.UnaryOperator<String> change) {
        return change.apply(new String(file, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
    }

    /** One cell's value (a number or a text) replaced by a value an office or an attacker might write. */
    private String cellValue(String xml) {
        List<int[]> found = new ArrayList<>();
        Matcher m = CELL_VALUE.matcher(xml);
        while (m.find()) {
            int group = m.group(1) != null ? 1 : 2;
            found.add(new int[] {m.start(group), m.end(group)});
        }
        if (found.isEmpty()) {
            return xml;
        }
        int[] at = found.get(random.nextInt(found.size()));
        String value = pick().replace("&", "&amp;").replace("<", "&lt;").replace("\u0000", "");
        return xml.substring(0, at[0]) + value + xml.substring(at[1]);
    }

    private String renumber(String xml) {
        Matcher m = ROW_NUMBER.matcher(xml);
        StringBuilder out = new StringBuilder();
        long huge = random.nextBoolean() ? 999_999_999L : 1_048_576L + random.nextInt(1000);
        while (m.find()) {
            long n = Long.parseLong(m.group(2));
            m.appendReplacement(out, m.group(1) + (n > 20 ? huge - 40 + n % 40 : n) + m.group(3));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String deep(String xml) {
        int at = xml.indexOf("<sheetData>");
        if (at < 0) {
            return xml;
        }
        int depth = 5_000 + random.nextInt(50_000);
        return xml.substring(0, at) + "<x>".repeat(depth) + "</x>".repeat(depth) + xml.substring(at);
    }

    private byte[] parts(byte[] file, java.util.function.UnaryOperator<String> change) {
        Map<String, byte[]> parts = unzip(file);
        List<String> xml = parts.keySet().stream().filter(n -> n.endsWith(".xml") || n.endsWith(".rels")).toList();
        if (xml.isEmpty()) {
            return flip(file);
        }
        List<String> sheets = xml.stream().filter(n -> n.contains("worksheets/") || n.contains("sharedStrings")).toList();
        String name = (sheets.isEmpty() ? xml : sheets).get(random.nextInt((sheets.isEmpty() ? xml : sheets).size()));
        parts.put(name, text(parts.get(name), change));
        return zip(parts);
    }

    private byte[] withoutPart(byte[] file) {
        Map<String, byte[]> parts = unzip(file);
        List<String> names = new ArrayList<>(parts.keySet());
        parts.remove(random.nextBoolean() ? "[Content_Types].xml" : names.get(random.nextInt(names.size())));
        return zip(parts);
    }

    /** Files no export makes: each refused as what it is. */
    static Map<String, byte[]> hostile() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("bomb.xlsx", bomb(300));
        files.put("text.zip.xlsx", zip(Map.of("notes.txt", "Ghi chú\n".repeat(1000).getBytes(StandardCharsets.UTF_8))));
        files.put("letter.docx.xlsx", zip(Map.of("[Content_Types].xml", new byte[10], "word/document.xml",
                "<w:document/>".getBytes(StandardCharsets.UTF_8))));
        files.put("nested.xlsx", zip(Map.of("inner.xlsx", zip(Map.of("a.txt", new byte[1000])))));
        byte[] ole2 = new byte[4096];
        new Random(11).nextBytes(ole2);
        System.arraycopy(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
                (byte) 0xE1}, 0, ole2, 0, 8);
        files.put("garbage.xls", ole2);
        files.put("binary.csv", new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0, 'a', ';', (byte) 0xC3});
        files.put("long.csv", ("Xã;Mã hộ\n\"" + "a".repeat(2_000_000) + "\";1\n").getBytes(StandardCharsets.UTF_8));
        return files;
    }

    /** A workbook's parts with a sheet of this many MB of zeros: a few hundred KB as sent. */
    static byte[] bomb(int megabytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < megabytes; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static Map<String, byte[]> unzip(byte[] file) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                parts.put(e.getName(), zip.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parts;
    }

    static byte[] zip(Map<String, byte[]> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
