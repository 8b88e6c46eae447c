package dev.stockadj.aolib.sandbox;

/**
 * Other plausible ways Order Time may write the rows of {@code /list} where its documents say nothing (or
 * say it differently from what the adapter first assumed). By default the sandbox serves item rows with the
 * documented {@code TrackLotOrSerial} and an assumed {@code LotOrSerial} ("Lot", "Serial", "None"), and lot
 * rows with {@code ExpirationDate} as {@code YYYY-MM-DDT00:00:00}. Each variant changes one of those.
 */
public enum RowVariant {
    /** Item rows carry neither {@code TrackLotOrSerial} nor {@code LotOrSerial}. */
    ITEMS_WITHOUT_TRACKING_FIELDS,
    /** Item rows carry no {@code TrackLotOrSerial}, only {@code LotOrSerial} as a number (0 none, 1 lot, 2 serial). */
    ITEMS_WITH_NUMERIC_KIND_ONLY,
    /** Item rows still carry a {@code TrackBins: false} (an undocumented flag some client may expect). */
    ITEMS_WITH_TRACK_BINS_FALSE,
    /** Lot and inventory rows write {@code ExpirationDate} as {@code YYYY-MM-DD}, as the lot record's sample does. */
    DATE_ONLY_EXPIRY,
    /** Lot rows carry no {@code ExpirationDate} at all (the lots are still known, and still need one to change). */
    LOTS_WITHOUT_EXPIRY
}
