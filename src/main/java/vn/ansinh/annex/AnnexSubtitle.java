package vn.ansinh.annex;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.ansinh.programme.DocumentReference;

/**
 * "Kèm theo Chương trình phối hợp số … /CTrPH–UBND ngày … tháng 02 năm 2019": made from the
 * programme's document reference, so every table says the same and follows once it is numbered.
 */
@Component
public class AnnexSubtitle {

    private final MessageSource messages;

    AnnexSubtitle(MessageSource messages) {
        this.messages = messages;
    }

    public String of(DocumentReference document, Locale locale) {
        return messages.getMessage("annex.subtitle", new Object[] {document.printedNumber(), document.symbol(),
                document.printedDay(), document.printedMonth(), String.valueOf(document.year())}, locale);
    }
}
