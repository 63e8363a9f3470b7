package vn.ansinh.targets;

import java.time.Instant;

/**
 * The version of a unit's input figures of a year as read: how many saves changed them, and who made the
 * last one and when (none for figures never changed in ansinh). A form carries the number it was read at.
 */
public record FigureVersion(long unitId, int year, int number, String changedBy, Instant changedAt) {

    public static FigureVersion none(long unitId, int year) {
        return new FigureVersion(unitId, year, 0, null, null);
    }
}
