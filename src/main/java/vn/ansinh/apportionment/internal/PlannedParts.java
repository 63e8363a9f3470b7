package vn.ansinh.apportionment.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import vn.ansinh.apportionment.ApportionmentException;
import vn.ansinh.targets.FigureKey;

/** The parts of a split being planned, in order: each part's name, base and the target its share becomes. */
public final class PlannedParts {

    private final LinkedHashMap<String, BigDecimal> bases = new LinkedHashMap<>();
    private final List<FigureKey> keys = new ArrayList<>();

    /** @throws ApportionmentException when two parts have the same name */
    public void add(String name, BigDecimal base, FigureKey key) {
        if (bases.containsKey(name)) {
            throw new ApportionmentException("apportionment.parts.sameName", name);
        }
        bases.put(name, base);
        keys.add(key);
    }

    public LinkedHashMap<String, BigDecimal> bases() {
        return new LinkedHashMap<>(bases);
    }

    public List<FigureKey> keys() {
        return List.copyOf(keys);
    }
}
