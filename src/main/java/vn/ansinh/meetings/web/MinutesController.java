package vn.ansinh.meetings.web;

import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import vn.ansinh.documents.OfficialLetter;
import vn.ansinh.documents.OfficialLetters;
import vn.ansinh.meetings.ActionItem;
import vn.ansinh.meetings.ActionItemSource;
import vn.ansinh.meetings.ActionItems;
import vn.ansinh.meetings.Meeting;
import vn.ansinh.meetings.Meetings;
import vn.ansinh.programme.Programme;
import vn.ansinh.shared.AccessScope;

/** A meeting's minutes as a Word file («bien-ban-hop-thang-03-2019.docx»), for whoever reads the programme. */
@Controller
class MinutesController {

    private static final MediaType DOCX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final Meetings meetings;
    private final ActionItems items;
    private final CoordinationModel common;
    private final MinutesDocument minutes;
    private final OfficialLetters letters;

    MinutesController(Meetings meetings, ActionItems items, CoordinationModel common, MinutesDocument minutes,
            OfficialLetters letters) {
        this.meetings = meetings;
        this.items = items;
        this.common = common;
        this.minutes = minutes;
        this.letters = letters;
    }

    @GetMapping("/programmes/{id}/meetings/{meeting}/minutes.docx")
    ResponseEntity<byte[]> minutes(@PathVariable long id, @PathVariable long meeting, AccessScope scope) {
        Programme programme = common.programme(id, scope);
        Meeting found = meetings.byId(id, meeting, scope).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        List<ActionItem> decided = items.ofProgramme(id, scope).stream()
                .filter(i -> i.source() == ActionItemSource.MEETING && i.sourceId() == meeting).toList();
        OfficialLetter letter = minutes.of(found, programme.coordinatingUnitId(),
                CoordinationModel.names(common.partyNames(id), found.present()), decided, meetings.minutesFileName(found));
        return ResponseEntity.ok().contentType(DOCX).header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(letter.fileName() + ".docx").build().toString())
                .body(letters.docx(letter));
    }
}
