package vn.ansinh.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.ansinh.documents.internal.LetterDocx;
import vn.ansinh.units.AdministrativeUnit;
import vn.ansinh.units.Units;

/** Writes an {@link OfficialLetter} as DOCX, and makes the header a unit's people's committee issues it under. */
@Component
public class OfficialLetters {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final Units units;
    private final MessageSource messages;

    OfficialLetters(Units units, MessageSource messages) {
        this.units = units;
        this.messages = messages;
    }

    /** The DOCX (Word) file of the letter. */
    public byte[] docx(OfficialLetter letter) {
        try {
            return LetterDocx.write(letter, message("programme.recipients"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The header of a document the people's committee of the unit issues on the day: «UBND XÃ CAM AN», the
     * number and symbol («Số: …/BB-UBND»; a blank number leaves the dots to write it by hand), the national name and
     * motto, «Cam An, ngày 15 tháng 03 năm 2019».
     */
    public DocumentHeader header(long unitId, String number, String symbol, LocalDate day) {
        AdministrativeUnit unit = units.byId(unitId).orElseThrow();
        String kind = message("unit.kind." + unit.kind().name());
        String printedNumber = number == null || number.isBlank() ? "…" : number.strip();
        return new DocumentHeader(message("document.issuer", kind, unit.name()).toUpperCase(VIETNAMESE),
                message("document.reference", printedNumber, symbol),
                message("document.nation"), message("document.motto"),
                message("document.placeAndDate", unit.name(), "%02d".formatted(day.getDayOfMonth()),
                        "%02d".formatted(day.getMonthValue()), String.valueOf(day.getYear())));
    }

    private String message(String code, Object... arguments) {
        return messages.getMessage(code, arguments, VIETNAMESE);
    }
}
