package vn.ansinh.attainment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import vn.ansinh.gratitude.GratitudeHouse;
import vn.ansinh.gratitude.GratitudeTotals;
import vn.ansinh.outreach.OutreachFigures;
import vn.ansinh.relief.ReliefEventSummary;
import vn.ansinh.relief.ReliefTotals;
import vn.ansinh.socialevils.SocialEvilsFigures;

/**
 * What the registers of people with merit and social protection hold for some communes from a day to a day: the
 * gratitude fund (houses handed over, contributions, gifts), emergency relief (events, households, rice, money),
 * the monthly allowances paid in the last month (people and amount, per scheme), the social evils figures, and the
 * trainings of officers and propaganda and counselling sessions (outreach).
 */
public record RegisterSummary(LocalDate from, LocalDate to, GratitudeTotals gratitude, List<GratitudeHouse> houses,
        ReliefTotals relief, List<ReliefEventSummary> events, Allowances merit, Allowances assistance,
        SocialEvilsFigures socialEvils, OutreachFigures outreach) {

    static final SocialEvilsFigures NO_EVILS = new SocialEvilsFigures(0, 0, 0, 0, 0);

    /** The people paid a monthly allowance of a scheme in a month, and what they are paid together. */
    public record Allowances(long people, BigDecimal amount) {
    }

    public RegisterSummary {
        houses = List.copyOf(houses);
        events = List.copyOf(events);
    }

    /** Whether any register holds anything for the communes in those days (an empty block is left out). */
    public boolean isEmpty() {
        return houses.isEmpty() && events.isEmpty() && merit.people() == 0 && assistance.people() == 0
                && gratitude.contributions().signum() == 0 && gratitude.giftRecipients() == 0;
    }
}
