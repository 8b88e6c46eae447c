package dev.stockadj.aolib.sandbox;

import java.time.LocalDate;

/**
 * The sandbox's seed data, the same that {@code examples/ordertime/} uses. On-hand at start:
 * <ul>
 *   <li>{@link #WIDGET} 30 "WIDGET-BLUE", untracked: 40 at HQ, 5 at Annex</li>
 *   <li>{@link #GASKET} 31 "GASKET-10", untracked: 100 at HQ</li>
 *   <li>{@link #PAINT} 37 "PAINT-5L", in bins: HQ Floor 12, HQ Shelf-A 6</li>
 *   <li>{@link #SALINE} 41 "SALINE-1L", lot-tracked with expiry, no bins: HQ lot L2611 (2026-11-30) 24,
 *       lot L2702 (2027-02-28) 10</li>
 *   <li>{@link #SCANNER} 45 "SCANNER-X", serial-tracked, in bins: HQ Floor SN-1001, SN-1002, SN-1003 (1 each,
 *       each expiring {@link #SERIALS_EXPIRE})</li>
 * </ul>
 * Every lot and serial number seeded has an expiry: Order Time's lot record requires one.
 */
public final class OrderTimeSeed {

    public static final String API_KEY = "sandbox-api-key-7f3a";
    public static final String EMAIL = "counter@sandbox.example";
    public static final String PASSWORD = "sandbox-password-91c2";
    public static final String DEV_KEY = "sandbox-devkey-5e8d";

    public static final int HQ = 10;
    public static final String HQ_NAME = "HQ";
    public static final int ANNEX = 11;
    public static final String ANNEX_NAME = "Annex";

    public static final int BIN_FLOOR = 8;
    public static final String FLOOR = "Floor";
    public static final int BIN_SHELF_A = 9;
    public static final String SHELF_A = "Shelf-A";
    public static final int BIN_DOCK = 12;
    public static final String DOCK = "Dock";

    public static final int GAIN_ACCOUNT = 32;
    public static final String GAIN_ACCOUNT_NAME = "Inventory Gain";
    public static final int LOSS_ACCOUNT = 33;
    public static final String LOSS_ACCOUNT_NAME = "Inventory Shrinkage";

    public static final int WIDGET = 30;
    public static final String WIDGET_SKU = "WIDGET-BLUE";
    public static final int GASKET = 31;
    public static final String GASKET_SKU = "GASKET-10";
    public static final int PAINT = 37;
    public static final String PAINT_SKU = "PAINT-5L";
    public static final int SALINE = 41;
    public static final String SALINE_SKU = "SALINE-1L";
    public static final int SCANNER = 45;
    public static final String SCANNER_SKU = "SCANNER-X";

    public static final String LOT_NOV_26 = "L2611";
    public static final LocalDate LOT_NOV_26_EXPIRES = LocalDate.of(2026, 11, 30);
    public static final String LOT_FEB_27 = "L2702";
    public static final LocalDate LOT_FEB_27_EXPIRES = LocalDate.of(2027, 2, 28);
    public static final LocalDate SERIALS_EXPIRE = LocalDate.of(2031, 12, 31);

    private OrderTimeSeed() {
    }
}
