package dev.stockadj.core.model.cost;

import dev.stockadj.core.model.CostAdjustmentId;
import dev.stockadj.core.model.LocationId;
import dev.stockadj.core.model.UserId;

import java.time.LocalDate;
import java.util.Optional;

/** Every filter the vendor's cost adjustment list takes; empty fields do not filter. */
public record CostAdjustmentFilter(
        Optional<CostAdjustmentId> id,
        Optional<LocalDate> businessDate,
        Optional<LocalDate> businessDateAfter,
        Optional<LocalDate> businessDateBefore,
        Optional<String> reference,
        Optional<CostAdjustmentStatus> status,
        Optional<LocationId> branch,
        Optional<UserId> creator,
        Optional<UserId> poster,
        Optional<LocalDate> updatedAfter,
        Optional<LocalDate> createdOn,
        Optional<LocalDate> updatedOn) {

    public static CostAdjustmentFilter none() {
        return new CostAdjustmentFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    public CostAdjustmentFilter withReference(String value) {
        return new CostAdjustmentFilter(id, businessDate, businessDateAfter, businessDateBefore, Optional.of(value),
                status, branch, creator, poster, updatedAfter, createdOn, updatedOn);
    }

    public CostAdjustmentFilter withoutReference() {
        return new CostAdjustmentFilter(id, businessDate, businessDateAfter, businessDateBefore, Optional.empty(),
                status, branch, creator, poster, updatedAfter, createdOn, updatedOn);
    }

    public CostAdjustmentFilter withBusinessDate(LocalDate value) {
        return new CostAdjustmentFilter(id, Optional.of(value), businessDateAfter, businessDateBefore, reference,
                status, branch, creator, poster, updatedAfter, createdOn, updatedOn);
    }

    /** Whether something besides the reference bounds the result (a branch or a business date). */
    public boolean narrowedBeyondReference() {
        return id.isPresent() || businessDate.isPresent() || branch.isPresent()
                || (businessDateAfter.isPresent() && businessDateBefore.isPresent());
    }

    public CostAdjustmentFilter withStatus(CostAdjustmentStatus value) {
        return new CostAdjustmentFilter(id, businessDate, businessDateAfter, businessDateBefore, reference,
                Optional.of(value), branch, creator, poster, updatedAfter, createdOn, updatedOn);
    }

    public CostAdjustmentFilter withBranch(LocationId value) {
        return new CostAdjustmentFilter(id, businessDate, businessDateAfter, businessDateBefore, reference,
                status, Optional.of(value), creator, poster, updatedAfter, createdOn, updatedOn);
    }

    public CostAdjustmentFilter withBusinessDateRange(Optional<LocalDate> after, Optional<LocalDate> before) {
        return new CostAdjustmentFilter(id, businessDate, after, before, reference,
                status, branch, creator, poster, updatedAfter, createdOn, updatedOn);
    }
}
