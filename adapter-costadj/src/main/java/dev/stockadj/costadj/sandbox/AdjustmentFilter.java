package dev.stockadj.costadj.sandbox;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The cost adjustment list filters. {@code business_date_after}/{@code _before} include the day
 * named; {@code updated_after} is strictly after the start of the day named (or the exact time);
 * {@code id} takes a comma list; the rest match exactly.
 */
final class AdjustmentFilter implements Predicate<Adjustment> {
    static final Set<String> NAMES = Set.of("id", "business_date", "business_date_after", "business_date_before",
            "reference", "status", "branch_id", "creator_id", "poster_id", "updated_after", "created_on", "updated_on");

    private final Map<String, String> query;

    AdjustmentFilter(Map<String, String> query) {
        this.query = query;
    }

    @Override
    public boolean test(Adjustment a) {
        return anyOf("id", a.id())
                && exact("business_date", a.businessDate())
                && dateBound("business_date_after", a.businessDate(), true)
                && dateBound("business_date_before", a.businessDate(), false)
                && exact("reference", a.reference())
                && exact("status", Integer.toString(a.status()))
                && exact("branch_id", a.branchId())
                && exact("creator_id", a.creatorId())
                && exact("poster_id", a.posterId())
                && updatedAfter(a.updatedAt())
                && exact("created_on", a.createdAt().substring(0, 10))
                && exact("updated_on", a.updatedAt().substring(0, 10));
    }

    private String filter(String name) {
        return query.get("filter[" + name + "]");
    }

    private boolean exact(String name, String value) {
        String wanted = filter(name);
        return wanted == null || wanted.equals(value);
    }

    private boolean anyOf(String name, String value) {
        String wanted = filter(name);
        return wanted == null || Arrays.asList(wanted.split(",")).contains(value);
    }

    private boolean dateBound(String name, String value, boolean lower) {
        String bound = filter(name);
        if (bound == null) {
            return true;
        }
        if (value == null) {
            return false;
        }
        int compared = LocalDate.parse(value).compareTo(parseOrMax(bound, lower));
        return lower ? compared >= 0 : compared <= 0;
    }

    private static LocalDate parseOrMax(String text, boolean lower) {
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (RuntimeException e) {
            return lower ? LocalDate.MAX : LocalDate.MIN;
        }
    }

    private boolean updatedAfter(String updatedAt) {
        String bound = filter("updated_after");
        if (bound == null) {
            return true;
        }
        String stamp = bound.length() == 10 ? bound + " 00:00:00" : bound;
        return updatedAt.compareTo(stamp) > 0;
    }
}
