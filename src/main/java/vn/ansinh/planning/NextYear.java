package vn.ansinh.planning;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.annex.AnnexTables;
import vn.ansinh.planning.internal.BaselineRollForward;
import vn.ansinh.programme.DocumentReference;
import vn.ansinh.programme.NewProgramme;
import vn.ansinh.programme.Programme;
import vn.ansinh.programme.ProgrammeText;
import vn.ansinh.programme.Programmes;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.YearText;

/**
 * "Create next year's programme": a programme for the year after, of the same coordinating unit,
 * with the same text, signatories, distribution and tables (without printed figures or notes), the
 * old year in its title made the new one, its number and day left blank for the new document;
 * units, organisations and indicators are shared, not copied. It is a draft, seen by administrators only,
 * until the office publishes it: until then everyone stays on this year's programme. Baselines roll forward where the
 * tables say so; targets are left for the office to set with the apportionment tool. For the
 * coordinating office only: callers check that the user is an administrator.
 */
@Service
public class NextYear {

    private static final AccessScope OFFICE = AccessScope.everything();

    private final Programmes programmes;
    private final AnnexTables tables;
    private final BaselineRollForward rollForward;
    private final ApplicationEventPublisher events;

    NextYear(Programmes programmes, AnnexTables tables, BaselineRollForward rollForward, ApplicationEventPublisher events) {
        this.programmes = programmes;
        this.tables = tables;
        this.rollForward = rollForward;
        this.events = events;
    }

    /** The year the next programme of this one would be of. */
    public int yearAfter(long programmeId) {
        return source(programmeId).programme().programmeYear() + 1;
    }

    /**
     * @param year the year the caller means to create, which must be the year after the programme's:
     *        a form sent twice or for another programme creates nothing
     * @throws NextYearException when the programme is unknown, the year is not the next or it already has a programme
     */
    @Transactional
    public Programme create(long programmeId, int year) {
        ProgrammeText text = source(programmeId);
        Programme from = text.programme();
        if (year != from.programmeYear() + 1) {
            throw new NextYearException("nextYear.wrongYear", from.programmeYear(), from.programmeYear() + 1);
        }
        if (programmes.ofYear(from.coordinatingUnitId(), year, OFFICE).isPresent()) {
            throw new NextYearException("nextYear.exists", year);
        }
        Programme created = programmes.createDraft(draft(text, year));
        int copied = tables.copyLayouts(from.id(), from.programmeYear(), created.id(), year);
        int rolled = rollForward.roll(from, year);
        events.publishEvent(new ProgrammeCreated(created.id(), created.coordinatingUnitId(), new ProgrammeCreated.Created(
                year, from.id(), from.programmeYear(), created.title(), copied, rolled)));
        return created;
    }

    /** The programme of the year after this one's, made as {@link #create(long, int)} says. */
    @Transactional
    public Programme create(long programmeId) {
        return create(programmeId, yearAfter(programmeId));
    }

    private ProgrammeText source(long programmeId) {
        return programmes.text(programmeId, OFFICE)
                .orElseThrow(() -> new NextYearException("nextYear.unknown", programmeId));
    }

    private static NewProgramme draft(ProgrammeText text, int year) {
        Programme from = text.programme();
        DocumentReference document = from.document();
        return new NewProgramme(from.coordinatingUnitId(), year,
                new DocumentReference(null, document.symbol(), null, document.month(), year),
                YearText.replace(from.title(), from.programmeYear(), year), from.preamble(), text.sections(),
                from.closing(), from.distributionHeading(), text.recipients(), from.signatureHeading(),
                text.signatories(), from.sourceName());
    }
}
