package vn.ansinh.commendation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.ansinh.commendation.HonouredCommune;
import vn.ansinh.commendation.Nominee;
import vn.ansinh.commendation.Proposal;
import vn.ansinh.documents.OfficialLetter;
import vn.ansinh.documents.OfficialLetter.Block;
import vn.ansinh.documents.OfficialLetter.Heading;
import vn.ansinh.documents.OfficialLetter.Table;
import vn.ansinh.documents.OfficialLetter.Text;
import vn.ansinh.documents.OfficialLetters;
import vn.ansinh.households.HouseholdRef;
import vn.ansinh.programme.Programme;
import vn.ansinh.shared.Dates;
import vn.ansinh.shared.VietnameseNumbers;
import vn.ansinh.units.AdministrativeUnit;
import vn.ansinh.units.Units;

/**
 * The proposal as the people's committee of the coordinating unit submits it (tờ trình, always in Vietnamese): the
 * nominees with their results, the households that left poverty per commune, signed by the chair on its behalf.
 */
@Component
public class ProposalLetter {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final OfficialLetters letters;
    private final Units units;
    private final MessageSource messages;

    ProposalLetter(OfficialLetters letters, Units units, MessageSource messages) {
        this.letters = letters;
        this.units = units;
        this.messages = messages;
    }

    public OfficialLetter of(Programme programme, Proposal proposal, List<HonouredCommune> honoured) {
        int year = programme.programmeYear();
        AdministrativeUnit unit = units.byId(programme.coordinatingUnitId()).orElseThrow();
        String unitName = message("unit.kind." + unit.kind().name()) + " " + unit.name();
        List<Block> body = new ArrayList<>();
        body.add(new Text(message("commendation.docx.intro", String.valueOf(year), unitName)));
        body.add(new Heading(message("commendation.docx.nominees")));
        body.add(nominees(proposal.nominees()));
        body.add(new Heading(message("commendation.docx.households", String.valueOf(year))));
        honoured.forEach(c -> households(c, year, body));
        if (proposal.decided()) {
            body.add(new Text(message("commendation.docx.decided", proposal.decisionNumber(),
                    Dates.shown(proposal.decidedOn()))));
        }
        body.add(new Text(message("commendation.docx.closing", unitName)));
        return new OfficialLetter(message("commendation.docx.fileName", String.valueOf(year)),
                letters.header(unit.id(), null, "TTr-UBND", proposal.proposedOn()),
                List.of(message("commendation.docx.title"), message("commendation.docx.subtitle", String.valueOf(year))),
                body, List.of(new OfficialLetter.Signer(message("commendation.docx.onBehalf"),
                        message("commendation.docx.signer"), null)),
                List.of(message("commendation.docx.recipientAbove"), message("commendation.docx.recipientFile")));
    }

    private Table nominees(List<Nominee> nominees) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < nominees.size(); i++) {
            Nominee n = nominees.get(i);
            rows.add(List.of(String.valueOf(i + 1), n.name(), VietnameseNumbers.formatRate(n.score()),
                    String.valueOf(n.rank()), n.reason() == null ? "" : n.reason()));
        }
        return new Table(List.of(message("commendation.docx.number"), message("commendation.docx.nominee"),
                message("commendation.docx.score"), message("commendation.docx.rank"), message("commendation.docx.reason")),
                rows, List.of(1, 4, 2, 1, 4));
    }

    private void households(HonouredCommune commune, int year, List<Block> body) {
        body.add(new Text(message("commendation.docx.commune", commune.name(), String.valueOf(commune.households().size()))));
        if (commune.households().isEmpty()) {
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < commune.households().size(); i++) {
            HouseholdRef h = commune.households().get(i);
            rows.add(List.of(String.valueOf(i + 1), h.code(), h.headName(), h.village() == null ? "" : h.village(),
                    message("poverty.classification." + h.classification().name())));
        }
        body.add(new Table(List.of(message("commendation.docx.number"), message("commendation.docx.code"),
                message("commendation.docx.head"), message("commendation.docx.village"),
                message("commendation.docx.nextYear", String.valueOf(year + 1))), rows, List.of(1, 2, 4, 3, 3)));
    }

    private String message(String code, Object... arguments) {
        return messages.getMessage(code, arguments, VIETNAMESE);
    }
}
