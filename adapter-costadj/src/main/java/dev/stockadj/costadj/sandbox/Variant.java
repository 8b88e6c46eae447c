package dev.stockadj.costadj.sandbox;

/**
 * Another plausible way Foodics might answer, where its documents leave room (see
 * {@link FoodicsSandbox#vary}). By default the sandbox answers as the seed document and
 * VENDORS.md say.
 */
public enum Variant {
    /** {@code GET /whoami} answers the user at the top, {@code {"data": {"id", "name"}}}, not under {@code user}. */
    WHOAMI_FLAT,
    /** {@code GET /whoami} answers a user and business without any user id. */
    WHOAMI_WITHOUT_ID,
    /** Every number of a successful answer (costs, quantities, status, paging) is a JSON string: {@code "10.5"}. */
    NUMBERS_AS_STRINGS,
    /** A cost adjustment's status is its name, {@code "draft"} or {@code "closed"}, not 1 or 2. */
    STATUS_AS_NAME,
    /** Items carry no {@code pivot.previous_cost_per_unit}, not even once closed. */
    NO_PREVIOUS_COST,
    /** {@code GET /inventory_levels/{branch}} is no route: 404. */
    NO_INVENTORY_LEVELS,
    /** {@code filter[sku]} is not an allowed filter of {@code GET /inventory_items}: 400. */
    NO_SKU_FILTER,
    /** {@code GET /branches/{id}} is no route: 404 ({@code GET /branches} still lists them). */
    NO_BRANCH_ROUTE,
    /** The token lacks {@code general.read}: 403 to {@code /whoami} and {@code /branches}. */
    NO_GENERAL_READ,
    /** Lists answer {@code data} only, without {@code links} and {@code meta}. */
    NO_PAGING_META,
    /** Write answers embed relations only when included, as GETs do: no branch, no items. */
    BARE_WRITE_ANSWERS
}
