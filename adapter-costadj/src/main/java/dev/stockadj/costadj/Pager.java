package dev.stockadj.costadj;

import dev.stockadj.core.port.out.VendorProtocolError;
import dev.stockadj.costadj.dto.Page;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * Reads a Foodics list page by page to its last page: as {@code meta.last_page} says, else as
 * {@code links.next} says [seen]. A list with neither is asked on while each page is as full
 * as the first and differs from the one before: it ends at a shorter or empty page, and a vendor
 * that ignores {@code page} is not asked forever.
 */
final class Pager {
    static final int MAX_PAGES = 10_000;

    private Pager() {
    }

    static <T> List<T> all(IntFunction<Page<T>> pageNo) {
        List<T> all = new ArrayList<>();
        int page = 1;
        List<T> before = null;
        int full = -1;
        while (true) {
            Page<T> current = pageNo.apply(page);
            if (current.data().equals(before)) {
                return all;
            }
            all.addAll(current.data());
            full = full < 0 ? current.data().size() : full;
            if (!hasNext(current, page, full)) {
                return all;
            }
            if (++page > MAX_PAGES) {
                throw new VendorProtocolError("Foodics kept paging past " + MAX_PAGES + " pages", null);
            }
            before = current.data();
        }
    }

    private static boolean hasNext(Page<?> page, int pageNo, int full) {
        if (page.data().isEmpty()) {
            return false;
        }
        Optional<Integer> last = Optional.ofNullable(page.meta()).flatMap(m -> Lenient.integer(m.lastPage()));
        if (last.isPresent()) {
            int current = Optional.ofNullable(page.meta()).flatMap(m -> Lenient.integer(m.currentPage()))
                    .orElse(pageNo);
            return current < last.get();
        }
        if (page.links() != null) {
            return page.links().next() != null && !page.links().next().isBlank();
        }
        return page.data().size() >= full;
    }
}
