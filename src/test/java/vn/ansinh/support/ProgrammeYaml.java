package vn.ansinh.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

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
