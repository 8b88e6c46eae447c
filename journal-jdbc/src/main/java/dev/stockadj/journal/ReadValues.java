package dev.stockadj.journal;

import dev.stockadj.core.model.Quantity;
import dev.stockadj.core.model.UnitCost;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The quantities and unit costs of a plan being read, each made once and shared by every line that has it, as the
 * planner shares them with the count: a million lines read back would otherwise hold some ten million decimals of
 * a few hundred values. At most {@link #LIMIT} of each are kept; values beyond are made afresh (equal all the same).
 */
final class ReadValues {
    private static final int LIMIT = 1 << 16;

    private final Map<String, Quantity> quantities = new HashMap<>();
    private final Map<String, Optional<UnitCost>> costs = new HashMap<>();

    Quantity quantity(String plain) {
        Quantity found = quantities.get(plain);
        if (found != null) {
            return found;
        }
        Quantity made = Quantity.of(plain);
        if (quantities.size() < LIMIT) {
            quantities.put(plain, made);
        }
        return made;
    }

    Optional<UnitCost> cost(String plain) {
        if (plain == null) {
            return Optional.empty();
        }
        Optional<UnitCost> found = costs.get(plain);
        if (found != null) {
            return found;
        }
        Optional<UnitCost> made = Optional.of(UnitCost.of(plain));
        if (costs.size() < LIMIT) {
            costs.put(plain, made);
        }
        return made;
    }
}
