package vn.ansinh.audit.web;

import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.ansinh.audit.AuditEvent;
import vn.ansinh.audit.AuditFilter;
import vn.ansinh.audit.AuditLog;
import vn.ansinh.shared.OfficeTime;
import vn.ansinh.shared.SpreadsheetText;

/**
 * The audit log as CSV (RFC 4180: comma, CRLF, double quotes doubled) for Excel: UTF-8 with a
 * byte order mark, or Excel would show Vietnamese letters as mojibake.
 */
@Component
class AuditCsv {

    static final char BOM = '\uFEFF';
    static final List<String> COLUMNS = List.of("id", "occurredAt", "actor", "action", "entityType", "entityId",
            "unit", "oldValue", "newValue");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(OfficeTime.ZONE);

    private final AuditLog log;
    private final MessageSource messages;

    AuditCsv(AuditLog log, MessageSource messages) {
        this.log = log;
        this.messages = messages;
    }

    void write(AuditFilter filter, PrintWriter out, Locale locale) {
        out.print(BOM);
        line(out, COLUMNS.stream().map(c -> messages.getMessage("audit.column." + c, null, locale)).toList());
        log.forEach(filter, event -> line(out, cells(event)));
        out.flush();
    }

    private static List<String> cells(AuditEvent event) {
        return Arrays.asList(Long.toString(event.id()), TIME.format(event.occurredAt()), event.actor(),
                event.action(), event.entityType(), event.entityId(), Objects.toString(event.unitId(), null),
                event.oldValue(), event.newValue());
    }

    private static void line(PrintWriter out, List<String> cells) {
        out.print(cells.stream().map(AuditCsv::cell).collect(Collectors.joining(",")));
        out.print("\r\n");
    }

    /**
     * One field, quoted when it must be, never taken for a formula whatever separator Excel splits on (a failed
     * login's typed name can be anything, "x;=HYPERLINK(…)" included): see {@link SpreadsheetText#csv}.
     */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String text = SpreadsheetText.csv(value);
        boolean quote = text.chars().anyMatch(c -> c == ',' || c == ';' || c == '"' || c == '\n' || c == '\r');
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
