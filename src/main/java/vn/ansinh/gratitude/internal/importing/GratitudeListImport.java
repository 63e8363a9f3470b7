package vn.ansinh.gratitude.internal.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import vn.ansinh.gratitude.Contribution;
import vn.ansinh.gratitude.GratitudeHouse;
import vn.ansinh.gratitude.GratitudeListProblem;
import vn.ansinh.partners.Partners;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.lists.FileRefused;
import vn.ansinh.shared.lists.ListFiles;
import vn.ansinh.units.Units;

/**
 * Checks the fund's lists (CSV or XLSX; a workbook may hold both, a CSV one) by the page forms' rules, row by row: a
 * commune the user writes, an organisation of it named by short name or code, amounts in whole đồng, months, days
 * that exist and have come by the clock.
 */
@Component
public class GratitudeListImport {

    /** Excel turns «07/2025» into a day of the month, read as 2025-07-01. */
    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{1,2})-\\d{1,2}");

    private final Units units;
    private final Partners partners;
    private final Clock clock;

    GratitudeListImport(Units units, Partners partners, Clock clock) {
        this.units = units;
        this.partners = partners;
        this.clock = clock;
    }

    /** The entries a list adds, when all of it is right (errors empty); else every error found. */
    public record Checked(List<Contribution> contributions, List<GratitudeHouse> houses,
            List<GratitudeListProblem> errors, List<GratitudeListProblem> notices) {
    }

    /**
     * household finds the id of a commune's household by its code, among those the user reads; recorded says whether
     * the register already holds a house of the same commune, head and day (a list imported twice adds none twice).
     */
    public Checked check(byte[] content, AccessScope scope, BiFunction<String, Long, Optional<Long>> household,
            java.util.function.Predicate<GratitudeHouse> recorded) {
        GratitudeListReader reader = new GratitudeListReader();
        List<GratitudeListReader.Row> rows;
        try (ListFiles.Rows file = ListFiles.open(content)) {
            rows = reader.read(file);
        } catch (FileRefused e) {
            return new Checked(List.of(), List.of(), List.of(new GratitudeListProblem(e.sheet(), e.row(), e.column(),
                    "", e.code(), e.arguments())), List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Contribution> contributions = new ArrayList<>();
        List<GratitudeHouse> houses = new ArrayList<>();
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        GratitudeRows checks = new GratitudeRows(reader, scope, units.all(), partners.all(), LocalDate.now(clock));
        for (GratitudeListReader.Row row : rows) {
            if (row.table() == GratitudeColumn.Table.CONTRIBUTIONS) {
                checks.contribution(row).ifPresent(contributions::add);
            } else {
                checks.house(row, household).filter(h -> once(h, row, reader, recorded, seen)).ifPresent(houses::add);
            }
        }
        reader.finish();
        boolean clean = reader.problems().isEmpty();
        return new Checked(clean ? contributions : List.of(), clean ? houses : List.of(), reader.problems(),
                reader.notices());
    }

    /** Whether the house is new: not twice in the list (same commune, head, day), not already in the register. */
    private static boolean once(GratitudeHouse house, GratitudeListReader.Row row, GratitudeListReader reader,
            java.util.function.Predicate<GratitudeHouse> recorded, java.util.Map<String, Integer> seen) {
        String key = house.unitId() + "|" + house.headName().strip().toLowerCase(java.util.Locale.ROOT) + "|"
                + house.handedOverOn();
        Integer first = seen.putIfAbsent(key, row.number());
        if (first != null) {
            reader.problem(row, GratitudeColumn.HEAD, "gratitude.import.house.twice", first);
            return false;
        }
        if (recorded.test(house)) {
            reader.problem(row, GratitudeColumn.HEAD, "gratitude.import.house.recorded");
            return false;
        }
        return true;
    }

    /** A month as the form takes it: a day of it (a date cell) as its month. */
    static String month(String text) {
        Matcher day = DAY.matcher(text);
        return day.matches() ? day.group(2) + "/" + day.group(1) : text;
    }
}
