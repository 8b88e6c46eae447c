package dev.stockadj.costadj;

import dev.stockadj.core.port.out.VendorProtocolError;
import dev.stockadj.costadj.dto.Page;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/** Reads a Foodics list page by page to its last page, as {@code meta} (or {@code links.next}) says. */
final class Pager {
    static final int MAX_PAGES = 10_000;

    private Pager() {
    }

    static <T> List<T> all(IntFunction<Page<T>> pageNo) {
        List<T> all = new ArrayList<>();
        int page = 1;
        while (true) {
            Page<T> current = pageNo.apply(page);
            all.addAll(current.data());
            if (!hasNext(current, page)) {
                return all;
            }
            if (++page > MAX_PAGES) {
                throw new VendorProtocolError("Foodics kept paging past " + MAX_PAGES + " pages", null);
            }
        }
    }

    private static boolean hasNext(Page<?> page, int pageNo) {
        if (page.meta() != null && page.meta().lastPage() != null) {
            int current = page.meta().currentPage() == null ? pageNo : page.meta().currentPage();
            return current < page.meta().lastPage() && !page.data().isEmpty();
        }
        return page.links() != null && page.links().next() != null && !page.data().isEmpty();
    }
}
