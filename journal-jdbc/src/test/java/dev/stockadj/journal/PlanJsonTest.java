package dev.stockadj.journal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stockadj.core.model.plan.CountPlan;
import dev.stockadj.core.model.plan.VarianceLine;
import dev.stockadj.core.model.plan.VarianceLines;
import org.junit.jupiter.api.Test;

/** A plan read back is the plan stored, kept compact where that changes nothing and as stored where it would. */
class PlanJsonTest {
    @Test
    void variancesAreReadBackCompactWhenTheirStoredValuesAreWhatTheLinesMake() {
        CountPlan plan = LargePlans.plan("count-a", 'a', 3);

        CountPlan read = PlanJson.read(PlanJson.write(plan));

        assertThat(read).isEqualTo(plan);
        assertThat(read.variance().lines()).isInstanceOf(VarianceLines.class);
    }

    @Test
    void aLineStoredWithAValueTheCompactFormWouldNotMakeIsReadBackAsStored() {
        CountPlan plan = LargePlans.plan("count-a", 'a', 3);
        String stored = PlanJson.write(plan);
        int second = stored.indexOf("\"value\":\"4.50\"", stored.indexOf("\"value\":\"4.50\"") + 1);
        String otherwise = stored.substring(0, second) + "\"value\":\"4.49\"" + stored.substring(second + 14);

        CountPlan read = PlanJson.read(otherwise);

        assertThat(read.variance().lines()).extracting(line -> line.value().orElseThrow().amount().toPlainString())
                .containsExactly("4.50", "4.49", "4.50");
        assertThat(read.variance().lines()).extracting(VarianceLine::position)
                .isEqualTo(plan.variance().lines().stream().map(VarianceLine::position).toList());
        assertThat(read.documents()).isEqualTo(plan.documents());
    }
}
