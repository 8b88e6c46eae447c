package dev.stockadj.costadj.sandbox;

import dev.stockadj.plumbing.sandbox.StateFile;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a Foodics sandbox keeps between runs (its {@link StateFile}): each branch's levels (on hand and cost per
 * unit), every cost adjustment stored with its id, reference, status, previous costs and time stamps (deleted ones
 * too), and the counter of the references it numbers itself. The branches, users and items are the seed's: no
 * request changes them. Not kept: the rate window, injected faults, variants, the request log.
 */
record FoodicsState(String vendor, int format, Map<String, Map<String, Catalog.Level>> levels,
                    List<Adjustment> adjustments, int sequence) {
    static final String VENDOR = "foodics";
    static final int FORMAT = 1;

    FoodicsState {
        StateFile.requireKind("a Foodics", VENDOR, FORMAT, vendor, format);
        Map<String, Map<String, Catalog.Level>> ordered = new LinkedHashMap<>();
        levels.forEach((branch, items) -> ordered.put(branch, Collections.unmodifiableMap(new LinkedHashMap<>(items))));
        levels = Collections.unmodifiableMap(ordered);
        adjustments = List.copyOf(adjustments);
    }
}
