package vn.ansinh.households.internal.importing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
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
 * refused rather than read with wrong letters.
 */
final class CsvRows implements Iterator<TabularRow>, AutoCloseable {

    private final PushbackReader in;
    private final BufferedReader buffered;
    private char separator;
    private int line = 1;
    private TabularRow next;

    CsvRows(InputStream content) {
        Reader decoder = new InputStreamReader(content, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        this.buffered = new BufferedReader(decoder, 1 << 16);
        this.in = new PushbackReader(buffered, 1);
    }

    /** Of comma, semicolon and tab, the one the header line has most of (outside quotes). */
    private char detectSeparator() throws IOException {
        buffered.mark(1 << 15);
        int[] counts = new int[3];
        boolean quoted = false;
        for (int c = buffered.read(), n = 0; c != -1 && n < (1 << 15) - 1 && (quoted || c != '\n'); c = buffered.read(), n++) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ',') {
                counts[0]++;
            } else if (!quoted && c == ';') {
                counts[1]++;
            } else if (!quoted && c == '\t') {
                counts[2]++;
            }
        }
        buffered.reset();
        return counts[1] > counts[0] && counts[1] >= counts[2] ? ';' : counts[2] > counts[0] ? '\t' : ',';
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
            int first = in.read();
            if (first == '\ufeff') {
                first = in.read();
            }
            if (first == -1) {
                return null;
            }
            in.unread(first);
            if (separator == 0) {
                separator = detectSeparator();
            }
            int number = line;
            List<String> cells = fields();
            return new TabularRow(null, number, cells);
        } catch (CharacterCodingException e) {
            throw new NotUtf8Exception(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One record: fields up to the end of the line (line breaks inside quotes belong to the field). */
    private List<String> fields() throws IOException {
        List<String> cells = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        while (true) {
            int c = in.read();
            if (c == -1) {
                break;
            }
            if (quoted) {
                if (c == '"') {
                    int after = in.read();
                    if (after == '"') {
                        field.append('"');
                        continue;
                    }
                    quoted = false;
                    if (after == -1) {
                        break;
                    }
                    in.unread(after);
                    continue;
                }
                if (c == '\n') {
                    line++;
                }
                field.append((char) c);
                continue;
            }
            if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == '\r') {
                continue;
            } else if (c == '\n') {
                line++;
                break;
            } else if (c == separator) {
                cells.add(field.toString().strip());
                field.setLength(0);
            } else {
                field.append((char) c);
            }
        }
        cells.add(field.toString().strip());
        return cells;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** The file is not UTF-8 from this line on. */
    static final class NotUtf8Exception extends RuntimeException {

        private final int line;

        NotUtf8Exception(int line) {
            super("not UTF-8 at line " + line);
            this.line = line;
        }

        int line() {
            return line;
        }
    }
}
