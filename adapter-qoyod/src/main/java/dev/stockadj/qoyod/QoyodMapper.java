package dev.stockadj.qoyod;

import dev.stockadj.core.model.plan.AdjustmentDocument;
import dev.stockadj.core.model.plan.PlannedLine;
import dev.stockadj.core.model.vendor.QuantityMode;
import dev.stockadj.qoyod.dto.AdjustmentDto;
import dev.stockadj.qoyod.dto.AdjustmentLineDto;
import dev.stockadj.qoyod.dto.AdjustmentRequestDto;
import dev.stockadj.qoyod.dto.QoyodId;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

/**
 * An adjustment document as Qoyod's {@code inventory_adjustment}: the location is the inventory, the gain
 * account the revenue account, the loss account the expense account; each line's target is the
 * {@code actual_quantity} and the book quantity it was planned from the {@code current_qty}. Quantities and rates are plain decimal strings; a rate shows at least two
 * decimals ({@code "4.00"}), like Qoyod's own examples, and is never rounded.
 */
final class QoyodMapper {
    private QoyodMapper() {
    }

    /** @param rateOf the rate of a line (its unit cost, or the product's buying price, or zero) */
    static AdjustmentRequestDto toRequest(AdjustmentDocument document, Function<PlannedLine, BigDecimal> rateOf) {
        List<AdjustmentLineDto> lines = document.lines().stream()
                .map(line -> new AdjustmentLineDto(
                        new QoyodId(line.position().item().value()),
                        line.quantityToSend(QuantityMode.ABSOLUTE).plain(),
                        rate(rateOf.apply(line)),
                        line.book().plain()))
                .toList();
        return new AdjustmentRequestDto(new AdjustmentDto(
                new QoyodId(document.location().value()),
                new QoyodId(document.accounts().gain().value()),
                new QoyodId(document.accounts().loss().value()),
                document.date().format(DateTimeFormatter.ISO_LOCAL_DATE),
                document.describe(),
                lines));
    }

    static String rate(BigDecimal value) {
        BigDecimal plain = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        return plain.setScale(Math.max(2, plain.scale()), RoundingMode.UNNECESSARY).toPlainString();
    }
}
