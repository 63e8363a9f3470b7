package vn.ansinh.apportionment;

import java.util.List;

import vn.ansinh.targets.FigureKey;

/**
 * A split ready to be confirmed: the target each part's share is to become (keys, in the order of
 * the split's parts), the table it shows in and the programme's year. Nothing is written until
 * {@link ApportionmentPlanner#confirm} is called with it.
 */
public record Preview(long programmeId, int year, String tableCode, Split split, List<FigureKey> keys) {

    public Preview {
        keys = List.copyOf(keys);
    }
}
