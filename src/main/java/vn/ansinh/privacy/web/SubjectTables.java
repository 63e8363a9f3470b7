package vn.ansinh.privacy.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

import org.springframework.context.MessageSource;

import vn.ansinh.households.Household;
import vn.ansinh.households.HouseholdStatus;
import vn.ansinh.households.Member;
import vn.ansinh.households.Support;
import vn.ansinh.labour.LabourRecord;
import vn.ansinh.privacy.SubjectData;
import vn.ansinh.privacy.SubjectData.HeldHousehold;
import vn.ansinh.shared.Dates;

/**
 * A subject's data as tables of text — the same on the page and in the XLSX: their households, their own member
 * rows (other members are other people's data), the households' statuses and support, their labour records.
 */
record SubjectTables(List<Table> tables) {

    /** A table: its title, its column headers and its rows, every cell as shown. */
    record Table(String title, List<String> headers, List<List<String>> rows) {
    }

    static SubjectTables of(SubjectData data, MessageSource messages, Locale locale) {
        Words words = new Words(messages, locale);
        List<HeldHousehold> held = data.households();
        return new SubjectTables(List.of(
                words.table("households", List.of("commune", "code", "village", "head", "address", "ethnicity",
                        "phone", "area"), held, h -> List.of(List.of(h.commune(), h.household().code(),
                                text(h.household().village()), h.household().headName(), text(h.household().address()),
                                text(h.household().ethnicity()), text(h.household().phone()),
                                words.word("poverty.area." + h.household().area())))),
                words.table("members", List.of("code", "name", "sex", "birth", "relation", "citizenId", "disability",
                        "insurance", "education", "employment"), held, h -> members(h, data.citizenId(), words)),
                words.table("statuses", List.of("code", "year", "classification", "category"), held,
                        h -> h.statuses().stream().map(s -> status(h.household(), s, words)).toList()),
                words.table("support", List.of("code", "date", "kind", "quantity", "value", "note"), held,
                        h -> h.support().stream().map(s -> support(h.household(), s, words)).toList()),
                words.table("labour", List.of("date", "kind", "name", "sex", "birth", "citizenId", "where", "note"),
                        data.labourRecords(), r -> List.of(labour(r, words)))));
    }

    private static List<List<String>> members(HeldHousehold h, String citizenId, Words words) {
        return h.household().members().stream().filter(m -> citizenId.equals(m.citizenId()))
                .map(m -> member(h.household(), m, words)).toList();
    }

    private static List<String> member(Household h, Member m, Words words) {
        return List.of(h.code(), m.fullName(), words.word("household.sex." + m.sex()), date(m.birthDate()),
                text(m.relation()), text(m.citizenId()), words.yes(m.disability()), words.yes(m.healthInsurance()),
                text(m.education()), text(m.employment()));
    }

    private static List<String> status(Household h, HouseholdStatus s, Words words) {
        return List.of(h.code(), Integer.toString(s.year()), words.word("poverty.classification." + s.classification()),
                s.category() == null ? "" : words.word("household.category." + s.category()));
    }

    private static List<String> support(Household h, Support s, Words words) {
        return List.of(h.code(), date(s.date()), words.word("household.support." + s.kind()),
                number(s.quantity()) + (s.quantityUnit() == null ? "" : " " + s.quantityUnit()), number(s.value()),
                text(s.note()));
    }

    private static List<String> labour(LabourRecord r, Words words) {
        String where = Objects.toString(r.country() != null ? r.country() : r.employer() != null ? r.employer()
                : r.occupation(), "");
        return List.of(date(r.date()), words.word("labour.kind." + r.kind()), r.fullName(),
                words.word("household.sex." + r.sex()), date(r.birthDate()), text(r.citizenId()), where, text(r.note()));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String date(LocalDate day) {
        return day == null ? "" : Dates.shown(day);
    }

    private static String number(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    /** The messages of the tables' titles, headers and coded values in the reader's language. */
    private record Words(MessageSource messages, Locale locale) {

        String word(String key) {
            return messages.getMessage(key, null, key, locale);
        }

        String yes(boolean value) {
            return word(value ? "household.page.yes" : "household.page.no");
        }

        <T> Table table(String name, List<String> columns, List<T> items, Function<T, List<List<String>>> rows) {
            List<List<String>> all = new ArrayList<>();
            items.forEach(item -> all.addAll(rows.apply(item)));
            return new Table(word("privacy.subject.table." + name),
                    columns.stream().map(c -> word("privacy.subject.column." + c)).toList(), all);
        }
    }
}
