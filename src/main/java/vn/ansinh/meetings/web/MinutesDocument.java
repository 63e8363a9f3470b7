package vn.ansinh.meetings.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.ansinh.documents.OfficialLetter;
import vn.ansinh.documents.OfficialLetter.Block;
import vn.ansinh.documents.OfficialLetter.Heading;
import vn.ansinh.documents.OfficialLetter.Signer;
import vn.ansinh.documents.OfficialLetter.Table;
import vn.ansinh.documents.OfficialLetter.Text;
import vn.ansinh.documents.OfficialLetters;
import vn.ansinh.meetings.ActionItem;
import vn.ansinh.meetings.Meeting;
import vn.ansinh.shared.Dates;

/**
 * A meeting's minutes (biên bản) as the coordinating unit issues them, always in Vietnamese: the header, «BIÊN BẢN»
 * and the meeting's name, when and where, who attended, the agenda, the proceedings, the decisions as a table (what,
 * which party, by when), signed by the secretary and the chair.
 */
@Component
class MinutesDocument {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final OfficialLetters letters;
    private final MessageSource messages;

    MinutesDocument(OfficialLetters letters, MessageSource messages) {
        this.letters = letters;
        this.messages = messages;
    }

    /** presentNames: the parties present as named in the programme; decided: the meeting's decisions. */
    OfficialLetter of(Meeting meeting, long coordinatingUnitId, String presentNames, List<ActionItem> decided,
            String fileName) {
        List<Block> body = new ArrayList<>();
        body.add(new Text(text("minutes.time", Dates.shown(meeting.heldOn())) + "\n" + text("minutes.place", meeting.place())));
        body.add(new Heading(text("minutes.attendance")));
        body.add(new Text(String.join("\n", text("minutes.chair", meeting.chairName() + ", " + meeting.chairTitle()),
                text("minutes.secretary", meeting.secretary()), text("minutes.present", presentNames))));
        body.add(new Heading(text("minutes.agenda")));
        body.add(new Text(meeting.agenda()));
        if (meeting.minutes() != null) {
            body.add(new Heading(text("minutes.proceedings")));
            body.add(new Text(meeting.minutes()));
        }
        body.add(new Heading(text("minutes.decisions")));
        body.add(decided.isEmpty() ? new Text(text("minutes.decisions.none")) : table(decided));
        return new OfficialLetter(fileName, letters.header(coordinatingUnitId, null, text("minutes.symbol"),
                meeting.heldOn()), List.of(text("minutes.title"), meeting.title()), body,
                List.of(new Signer(null, text("minutes.signer.secretary"), meeting.secretary()),
                        new Signer(null, text("minutes.signer.chair"), meeting.chairName())),
                List.of(text("minutes.recipients.members"), text("minutes.recipients.archive")));
    }

    private Table table(List<ActionItem> decided) {
        AtomicInteger number = new AtomicInteger();
        return new Table(List.of(text("minutes.column.number"), text("minutes.column.text"),
                text("minutes.column.party"), text("minutes.column.due")),
                decided.stream().map(i -> List.of(String.valueOf(number.incrementAndGet()), i.text(),
                        i.responsibleName(), Dates.shown(i.due()))).toList(), List.of(1, 8, 4, 3));
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, VIETNAMESE);
    }
}
