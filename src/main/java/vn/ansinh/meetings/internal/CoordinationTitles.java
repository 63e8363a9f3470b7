package vn.ansinh.meetings.internal;

import java.time.LocalDate;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.ansinh.meetings.InspectionKind;
import vn.ansinh.meetings.MeetingKind;

/**
 * How the office names its meetings and inspections, always in Vietnamese as the documents do: «Họp giao ban tháng
 * 03/2019», «Họp giao ban quý I/2019», «Hội nghị tổng kết năm 2019», «Kiểm tra: Lớp đào tạo nghề may công nghiệp
 * 2019»; and the minutes' file name a person understands («bien-ban-hop-thang-03-2019»).
 */
@Component
public class CoordinationTitles {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final String[] QUARTERS = {"I", "II", "III", "IV"};

    private final MessageSource messages;

    CoordinationTitles(MessageSource messages) {
        this.messages = messages;
    }

    public String meeting(MeetingKind kind, LocalDate day) {
        return meeting(kind, day, VIETNAMESE);
    }

    /** The meeting's name in the language of a page («Monthly briefing 03/2019»). */
    public String meeting(MeetingKind kind, LocalDate day, Locale locale) {
        return messages.getMessage("meeting.title." + kind, new Object[] {when(kind, day, "/", QUARTERS[quarter(day)])},
                locale);
    }

    public String inspection(InspectionKind kind, String subject) {
        return inspection(kind, subject, VIETNAMESE);
    }

    /** The inspection's name in the language of a page. */
    public String inspection(InspectionKind kind, String subject, Locale locale) {
        return messages.getMessage("inspection.title." + kind, new Object[] {subject}, locale);
    }

    /** Without extension. */
    public String minutesFile(MeetingKind kind, LocalDate day) {
        return messages.getMessage("meeting.file." + kind, new Object[] {when(kind, day, "-",
                String.valueOf(quarter(day) + 1))}, VIETNAMESE);
    }

    /** The part of the title that says when: the month, the quarter, the day, or the year. */
    private static String when(MeetingKind kind, LocalDate day, String separator, String quarter) {
        String year = String.valueOf(day.getYear());
        return switch (kind) {
            case MONTHLY -> "%02d%s%s".formatted(day.getMonthValue(), separator, year);
            case QUARTERLY -> quarter + separator + year;
            case EXTRAORDINARY -> "%02d%s%02d%s%s".formatted(day.getDayOfMonth(), separator, day.getMonthValue(),
                    separator, year);
            case SIX_MONTH_REVIEW, YEAR_END_REVIEW -> year;
        };
    }

    private static int quarter(LocalDate day) {
        return (day.getMonthValue() - 1) / 3;
    }
}
