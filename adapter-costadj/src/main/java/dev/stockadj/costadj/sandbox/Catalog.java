package dev.stockadj.costadj.sandbox;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Branches, users, inventory items, and per branch each item's level: quantity on hand and cost
 * per unit. Not thread-safe on its own: the sandbox's store guards it.
 */
final class Catalog {
    private final Map<String, String> branches = new TreeMap<>(Seed.BRANCHES);
    private final Map<String, String> users = new TreeMap<>(Seed.USERS);
    private final Map<String, SeedItem> items = new LinkedHashMap<>();
    private final Map<String, Map<String, Level>> levels = new TreeMap<>();

    Catalog() {
        for (SeedItem item : Seed.ITEMS) {
            items.put(item.id(), item);
            for (String branch : branches.keySet()) {
                levels.computeIfAbsent(branch, b -> new LinkedHashMap<>());
            }
            item.onHand().forEach((branch, quantity) ->
                    levels.get(branch).put(item.id(), new Level(quantity, item.cost())));
        }
    }

    boolean hasBranch(String id) {
        return branches.containsKey(id);
    }

    Optional<String> branchName(String id) {
        return Optional.ofNullable(branches.get(id));
    }

    Map<String, String> branches() {
        return branches;
    }

    boolean hasUser(String id) {
        return users.containsKey(id);
    }

    String userName(String id) {
        return users.get(id);
    }

    boolean hasItem(String id) {
        return items.containsKey(id);
    }

    SeedItem item(String id) {
        return items.get(id);
    }

    List<SeedItem> items() {
        return List.copyOf(items.values());
    }

    /** The items a branch holds a level of, in seed order. */
    Map<String, Level> levels(String branch) {
        return levels.getOrDefault(branch, Map.of());
    }

    /** The item's cost per unit at a branch: its level's, or the item's own when the branch holds none. */
    BigDecimal costAt(String branch, String item) {
        Level level = levels(branch).get(item);
        return level != null ? level.cost() : items.get(item).cost();
    }

    BigDecimal onHand(String branch, String item) {
        Level level = levels(branch).get(item);
        return level != null ? level.quantity() : BigDecimal.ZERO;
    }

    /** Sets the item's cost at the branch (closing an adjustment); a branch without a level gets one with 0 on hand. */
    void setCost(String branch, String item, BigDecimal cost) {
        Level level = levels.get(branch).get(item);
        levels.get(branch).put(item, new Level(level == null ? BigDecimal.ZERO : level.quantity(), cost));
    }

    /** Every branch's levels, in order, as {@link #restoreLevels} takes them back. */
    Map<String, Map<String, Level>> levelsByBranch() {
        Map<String, Map<String, Level>> copy = new LinkedHashMap<>();
        levels.forEach((branch, items) -> copy.put(branch, new LinkedHashMap<>(items)));
        return copy;
    }

    /** Puts saved levels in place of the seed's; a branch or item the seed lacks makes the whole state unusable. */
    void restoreLevels(Map<String, Map<String, Level>> saved) {
        saved.forEach((branch, items) -> {
            if (!branches.containsKey(branch)) {
                throw new IllegalArgumentException("unknown branch " + branch);
            }
            items.keySet().stream().filter(item -> !this.items.containsKey(item)).findFirst().ifPresent(item -> {
                throw new IllegalArgumentException("unknown inventory item " + item);
            });
        });
        levels.values().forEach(Map::clear);
        saved.forEach((branch, items) -> levels.get(branch).putAll(items));
    }

    record Level(BigDecimal quantity, BigDecimal cost) {
        Level {
            java.util.Objects.requireNonNull(quantity, "quantity is required");
            java.util.Objects.requireNonNull(cost, "cost is required");
        }
    }
}
