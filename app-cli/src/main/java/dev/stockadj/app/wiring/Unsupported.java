package dev.stockadj.app.wiring;

import dev.stockadj.core.model.CostAdjustment;
import dev.stockadj.core.model.CostAdjustmentDraft;
import dev.stockadj.core.model.CostAdjustmentFilter;
import dev.stockadj.core.model.CostAdjustmentId;
import dev.stockadj.core.port.out.CostAdjustmentPort;
import dev.stockadj.core.port.out.PostAdjustmentPort;
import java.util.List;
import java.util.Optional;

/**
 * Ports a vendor does not offer. The services check the vendor's capabilities and refuse before
 * calling them; reaching one is a bug, reported as such.
 */
final class Unsupported {
    static final PostAdjustmentPort POSTING = document -> {
        throw new UnsupportedOperationException("this vendor takes no quantity documents");
    };
    static final CostAdjustmentPort COSTS = new NoCostAdjustments();

    private Unsupported() {
    }

    private static final class NoCostAdjustments implements CostAdjustmentPort {
        private static UnsupportedOperationException refused() {
            return new UnsupportedOperationException("this vendor takes no cost adjustments");
        }

        @Override
        public CostAdjustment create(CostAdjustmentDraft draft) {
            throw refused();
        }

        @Override
        public Optional<CostAdjustment> get(CostAdjustmentId id) {
            throw refused();
        }

        @Override
        public List<CostAdjustment> list(CostAdjustmentFilter filter) {
            throw refused();
        }

        @Override
        public CostAdjustment update(CostAdjustmentId id, CostAdjustmentDraft draft) {
            throw refused();
        }

        @Override
        public CostAdjustment close(CostAdjustmentId id) {
            throw refused();
        }

        @Override
        public void delete(CostAdjustmentId id) {
            throw refused();
        }
    }
}
