package vn.ansinh.shared.lists;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;

/**
 * What every uploaded workbook passes before POI builds anything of it: its kind by its first bytes, and for
 * an XLSX (a zip) a look through all its parts — how many, how large once inflated (counted as inflated, not
 * as the zip claims), whether it is an Excel workbook at all or a Word file or a plain zip. A zip bomb, a
 * truncated or bit-flipped file or a foreign one is refused here, naming what is wrong, in bounded time and
 * memory; XML nested deeper than any workbook is refused by the XML parser's own limit, set here.
 */
public final class OfficeFiles {

    /** An Excel workbook has a few dozen parts; ten thousand is none Excel writes. */
    public static final int MAX_PARTS = 10_000;
    /** No workbook's XML is nested this deep (Excel's own go to about 20 levels). */
    public static final int MAX_XML_DEPTH = 256;
    /** An Excel cell holds at most this many characters. */
    public static final int MAX_CELL_CHARACTERS = 32_767;
    private static final long MEGABYTE = 1L << 20;

    /** The kinds of upload the imports tell apart. */
    public enum Kind { EMPTY, XLSX, OLE2, OTHER }

    static {
        limits();
    }

    private OfficeFiles() {
    }

    /**
     * POI's own guards, behind the look through the zip: POI's inflate ratio stays as a second line, lower than
     * its default so a real district list (repetitive XML, highly compressed) passes; the XML depth limit is the
     * JDK parser's, read each time a parser is made.
     */
    public static void limits() {
        ZipSecureFile.setMinInflateRatio(0.002);
        ZipSecureFile.setMaxEntrySize(1L << 30);
        if (System.getProperty("jdk.xml.maxElementDepth") == null) {
            System.setProperty("jdk.xml.maxElementDepth", String.valueOf(MAX_XML_DEPTH));
        }
    }

    public static Kind kind(byte[] content) {
        if (content.length == 0) {
            return Kind.EMPTY;
        }
        try {
            FileMagic magic = FileMagic.valueOf(content);
            return magic == FileMagic.OOXML ? Kind.XLSX : magic == FileMagic.OLE2 ? Kind.OLE2 : Kind.OTHER;
        } catch (RuntimeException e) {
            return Kind.OTHER;
        }
    }

    /** Refuses a zip that is not a readable Excel workbook of at most maxInflated bytes once inflated. */
    public static void checkZip(byte[] content, long maxInflated) {
        Set<String> names = new HashSet<>();
        long inflated = 0;
        byte[] buffer = new byte[1 << 16];
        // As POI reads a zip: stored parts may have their sizes after them (ansinh's own streamed exports do).
        try (ZipArchiveInputStream zip = new ZipArchiveInputStream(new ByteArrayInputStream(content), "UTF-8", true, true)) {
            for (ZipArchiveEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (!names.add(entry.getName()) || names.size() > MAX_PARTS) {
                    throw new FileRefused(names.size() > MAX_PARTS ? "upload.file.tooManyParts" : "upload.file.broken",
                            MAX_PARTS);
                }
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    inflated += n;
                    if (inflated > maxInflated) {
                        throw new FileRefused("upload.file.tooBig", maxInflated / MEGABYTE);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            throw e instanceof FileRefused refused ? refused : new FileRefused("upload.file.broken");
        }
        foreign(names);
    }

    private static void foreign(Set<String> names) {
        if (names.isEmpty()) {
            throw new FileRefused("upload.file.broken");
        }
        if (names.contains("word/document.xml")) {
            throw new FileRefused("upload.file.word");
        }
        if (!names.contains("[Content_Types].xml") || !names.contains("xl/workbook.xml")) {
            throw new FileRefused(names.contains("xl/workbook.bin") ? "upload.file.binary" : "upload.file.zip");
        }
    }

    /** The refusal for what POI threw while opening or reading a workbook. */
    public static FileRefused refusal(Throwable thrown) {
        if (thrown instanceof FileRefused refused) {
            return refused;
        }
        if (thrown instanceof EncryptedDocumentException) {
            return new FileRefused("upload.file.encrypted");
        }
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof StackOverflowError || String.valueOf(t.getMessage()).contains("maxElementDepth")) {
                return new FileRefused("upload.file.tooDeep");
            }
        }
        return new FileRefused("upload.file.broken");
    }
}
