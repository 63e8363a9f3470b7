package vn.ansinh.units;

/**
 * A person's decision on a predecessor the list names ambiguously or not at all: for the new unit (its GSO code),
 * the words as the list has them, and the code of the unit they mean (GSO or ansinh's) — empty when the words name
 * no unit of the old map (a village, a strip of land).
 */
public record SuccessionChoice(String successor, String words, String code) {

    public boolean noUnit() {
        return code == null || code.isBlank();
    }
}
