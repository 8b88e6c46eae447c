package dev.stockadj.costadj.sandbox;

import dev.stockadj.plumbing.sandbox.Answer;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Query-string rules shared by the lists: allowed filters and includes, as spatie/laravel-query-builder answers. */
final class Queries {
    private Queries() {
    }

    static Optional<Answer> unknownFilters(Map<String, String> query, Set<String> allowed) {
        Set<String> unknown = query.keySet().stream()
                .filter(k -> k.startsWith("filter[") && k.endsWith("]"))
                .map(k -> k.substring("filter[".length(), k.length() - 1))
                .filter(name -> !allowed.contains(name))
                .collect(Collectors.toCollection(TreeSet::new));
        if (unknown.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Laravel.message(400, "Requested filter(s) `" + String.join(", ", unknown)
                + "` are not allowed. Allowed filter(s) are `" + String.join(", ", new TreeSet<>(allowed)) + "`."));
    }

    static Optional<Answer> unknownIncludes(Map<String, String> query) {
        Set<String> unknown = includesAsked(query).stream().filter(i -> !AdjustmentJson.INCLUDABLE.contains(i))
                .collect(Collectors.toCollection(TreeSet::new));
        return unknown.isEmpty() ? Optional.empty()
                : Optional.of(Laravel.message(400, "Requested include(s) `" + String.join(", ", unknown)
                + "` are not allowed."));
    }

    static Set<String> includes(Map<String, String> query) {
        return includesAsked(query);
    }

    private static Set<String> includesAsked(Map<String, String> query) {
        String include = query.get("include");
        if (include == null || include.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(include.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toSet());
    }
}
