package vn.ansinh.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.mock.web.MockMultipartFile;

import vn.ansinh.intake.ImportResult;
import vn.ansinh.intake.ProgrammeImporter;

/**
 * The text of a programme data file, made from the seed by exact text replacements, so a test
 * says in one line what it breaks and can compute the line number the importer must report.
 */
public final class ProgrammeYaml {

    public static final String SEED_FILE = "cam-lo-2019.yaml";
    private static final String SEED_RESOURCE = "/seed/" + SEED_FILE;
    /** The programme's own year; the document's "year: 2019}" is written inline and stays. */
    private static final String PROGRAMME_YEAR = "\n  year: 2019\n";
    /** The seed's district; its code starts the codes of its communes too. */
    private static final String DISTRICT = "QT.CL";
    /** An organisation code where one is defined or named ("CL.HND", "AN.UBND"), not a unit code. */
    private static final Pattern ORGANISATION_CODE = Pattern.compile("((?:code|organisation): )([A-Z]+\\.[A-Z-]+)(?=[,}])");

    private final String text;

    private ProgrammeYaml(String text) {
        this.text = text;
    }

    public static ProgrammeYaml seed() {
        try (InputStream in = ProgrammeYaml.class.getResourceAsStream(SEED_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("seed file not on the class path: " + SEED_RESOURCE);
            }
            return new ProgrammeYaml(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String text() {
        return text;
    }

    /** Replaces the one occurrence of from; fails when it occurs never or more than once. */
    public ProgrammeYaml replace(String from, String to) {
        int at = uniqueIndex(from);
        return new ProgrammeYaml(text.substring(0, at) + to + text.substring(at + from.length()));
    }

    /** Replaces every occurrence, as when renaming a unit throughout; fails when there is none. */
    public ProgrammeYaml replaceEverywhere(String from, String to) {
        firstIndex(from);
        return new ProgrammeYaml(text.replace(from, to));
    }

    /** The same file for another programme year, so it does not clash with the seed already loaded. */
    public ProgrammeYaml withYear(int year) {
        return replace(PROGRAMME_YEAR, "\n  year: " + year + "\n");
    }

    /** Replaces every occurrence of from; fails when there is none. */
    public ProgrammeYaml replaceEvery(String from, String to) {
        if (!text.contains(from)) {
            throw new AssertionError("not in the file: «" + from + "»");
        }
        return new ProgrammeYaml(text.replace(from, to));
    }

    /**
     * The same file for a district of its own, coded "QT." + tag: every unit and organisation code
     * of the seed gets the tag, so the import adds new units and organisations, which may then be
     * given other names, instead of finding the seed's under the same codes. Take another year too
     * ({@link #withYear}): tests look the seed's programme up by its year.
     */
    public ProgrammeYaml inNewDistrict(String tag) {
        Matcher organisation = ORGANISATION_CODE.matcher(text.replace(DISTRICT, "QT." + tag));
        return new ProgrammeYaml(organisation.replaceAll(m -> Matcher.quoteReplacement(m.group(1) + tag + "." + m.group(2))));
    }

    /** The code a seed unit code ("QT.CL.AN") has in {@link #inNewDistrict}. */
    public static String unitCode(String tag, String seedCode) {
        return seedCode.replace(DISTRICT, "QT." + tag);
    }

    /** Renames a commune of the seed ("Cam An") in the unit tree and in every table row that names it. */
    public ProgrammeYaml renameCommune(String name, String newName) {
        return replace("name: " + name + "}", "name: " + quoted(newName) + "}")
                .replaceEvery("\"" + name + "\"", quoted(newName))
                .replace("\"Xã " + name + "\"", quoted("Xã " + newName));
    }

    /**
     * The same file with the row of Cam Thanh in Biểu 2 (its seventh) naming another commune: one
     * Cam Lộ does not have, unless the name is one of its communes'. The importer has written the
     * programme by the time it reads the row.
     */
    public ProgrammeYaml withBieu2RowNamed(String name) {
        return replace("[\"7\", \"Cam Thanh\", \"853\"", "[\"7\", " + quoted(name) + ", \"853\"");
    }

    /** Any text as a YAML double-quoted scalar. */
    public static String quoted(String text) {
        return '"' + escaped(text) + '"';
    }

    /** Any text escaped to stand inside a YAML double-quoted scalar. */
    public static String escaped(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    /** The line (from 1) on which the one occurrence of the text starts. */
    public int lineOf(String needle) {
        int at = uniqueIndex(needle);
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    public ImportResult importWith(ProgrammeImporter importer, String fileName, boolean dryRun) {
        try {
            return importer.importFile(fileName, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), dryRun);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file as a form upload named "file", as the import page and the API take it. */
    public MockMultipartFile upload(String fileName) {
        return new MockMultipartFile("file", fileName, "application/yaml", text.getBytes(StandardCharsets.UTF_8));
    }

    private int uniqueIndex(String needle) {
        int at = firstIndex(needle);
        if (text.indexOf(needle, at + 1) >= 0) {
            throw new AssertionError("more than once in the file: «" + needle + "»");
        }
        return at;
    }

    private int firstIndex(String needle) {
        int at = text.indexOf(needle);
        if (at < 0) {
            throw new AssertionError("not in the file: «" + needle + "»");
        }
        return at;
    }
}
