package dev.stockadj.costadj;

import dev.stockadj.core.model.cost.CostAdjustmentFilter;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A cost adjustment filter as Foodics' {@code filter[...]} query parameters. */
final class Filters {
    private Filters() {
    }

    static Map<String, String> toQuery(CostAdjustmentFilter filter) {
        Map<String, String> query = new LinkedHashMap<>();
        put(query, "id", filter.id());
        put(query, "business_date", filter.businessDate());
        put(query, "business_date_after", filter.businessDateAfter());
        put(query, "business_date_before", filter.businessDateBefore());
        put(query, "reference", filter.reference());
        filter.status().ifPresent(s -> query.put("filter[status]", Integer.toString(FoodicsMapper.code(s))));
        put(query, "branch_id", filter.branch());
        put(query, "creator_id", filter.creator());
        put(query, "poster_id", filter.poster());
        put(query, "updated_after", filter.updatedAfter());
        put(query, "created_on", filter.createdOn());
        put(query, "updated_on", filter.updatedOn());
        return query;
    }

    private static void put(Map<String, String> query, String name, Optional<?> value) {
        value.ifPresent(v -> query.put("filter[" + name + "]", v.toString()));
    }
}
