package vn.ansinh.shared.lists;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Rows of a CSV file as offices save them from Excel: UTF-8 (with or without a byte order mark),
 * separated by commas, semicolons or tabs (whichever the first line has most of), fields in double
 * quotes where they hold separators, quotes ("" for one) or line breaks. A file that is not UTF-8 is
 * refused rather than read with wrong letters. Read through a buffer of its own: lists run to millions
 * of rows.
 */
public final class CsvRows implements Iterator<TabularRow>, AutoCloseable {

    private static final int BUFFER = 1 << 16;

    private final Reader in;
    private final char[] buffer = new char[BUFFER];
    private int position;
    private int length;
    private char separator;
    private int line = 1;
    private boolean started;
    private TabularRow next;

    public CsvRows(InputStream content) {
        this.in = new InputStreamReader(content, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            next = read();
        }
        return next != null;
    }

    @Override
    public TabularRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        TabularRow row = next;
        next = null;
        return row;
    }

    private TabularRow read() {
        try {
            if (!started) {
                start();
            }
            if (peek() == -1) {
                return null;
            }
            int number = line;
            return new TabularRow(null, number, fields());
        } catch (CharacterCodingException e) {
            throw new NotUtf8Exception(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Skips a byte order mark and chooses the separator from the first line. */
    private void start() throws IOException {
        started = true;
        if (peek() == '\ufeff') {
            position++;
        }
        separator = separatorOf(position);
    }

    /** Of comma, semicolon and tab, the one the first line (as far as the buffer holds it) has most of. */
    private char separatorOf(int from) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = from; i < length && (quoted || buffer[i] != '\n'); i++) {
            char c = buffer[i];
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        return semicolons > commas && semicolons >= tabs ? ';' : tabs > commas ? '\t' : ',';
    }

    /** One record: fields up to the end of the line (line breaks inside quotes belong to the field). */
    private List<String> fields() throws IOException {
        List<String> cells = new ArrayList<>(24);
        StringBuilder field = new StringBuilder(32);
        boolean quoted = false;
        int c;
        while ((c = take()) != -1) {
            if (quoted) {
                if (c == '"') {
                    if (peek() == '"') {
                        position++;
                        field.append('"');
                    } else {
                        quoted = false;
                    }
                } else {
                    line += c == '\n' ? 1 : 0;
                    append(field, c, cells.size());
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == '\n') {
                line++;
                break;
            } else if (c == separator) {
                cells.add(field.toString().strip());
                field.setLength(0);
            } else if (c != '\r') {
                append(field, c, cells.size());
            }
        }
        cells.add(field.toString().strip());
        return cells;
    }

    /** A field longer than an Excel cell is no list's: refused before it fills the memory. */
    private void append(StringBuilder field, int c, int column) {
        if (field.length() == OfficeFiles.MAX_CELL_CHARACTERS) {
            throw FileRefused.at(null, line, String.valueOf(column + 1), "upload.file.cellTooLong",
                    OfficeFiles.MAX_CELL_CHARACTERS + 1, OfficeFiles.MAX_CELL_CHARACTERS);
        }
        field.append((char) c);
    }

    private int peek() throws IOException {
        if (position == length && !fill()) {
            return -1;
        }
        return buffer[position];
    }

    private int take() throws IOException {
        if (position == length && !fill()) {
            return -1;
        }
        return buffer[position++];
    }

    private boolean fill() throws IOException {
        int read = in.read(buffer, 0, BUFFER);
        position = 0;
        length = Math.max(0, read);
        return read > 0;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** The file is not UTF-8 from this line on. */
    public static final class NotUtf8Exception extends FileRefused {

        NotUtf8Exception(int line) {
            super(null, line, "", "upload.file.notUtf8", new Object[0]);
        }

        public int line() {
            return row();
        }
    }
}
