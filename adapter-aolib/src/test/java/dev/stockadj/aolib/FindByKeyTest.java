package dev.stockadj.aolib;

import dev.stockadj.aolib.sandbox.LikeSemantics;
import dev.stockadj.aolib.sandbox.OrderTimeSeed;
import dev.stockadj.core.model.plan.AdjustmentDocument;
import dev.stockadj.core.port.out.PostedDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Order Time does not document how "like" treats wildcards. A wrong "not found" after an
 * uncertain outcome would send a delta twice, so a posted document must be found by its key, and
 * a document never sent must not be, whichever way "like" matches.
 */
class FindByKeyTest extends SandboxedAdapterTest {
    private static AdjustmentDocument gain(String target) {
        return Fixtures.document(Fixtures.line(Fixtures.at(OrderTimeSeed.WIDGET, null, null), "40", target));
    }

    @ParameterizedTest
    @EnumSource(LikeSemantics.class)
    void findsAPostedDocumentByItsKeyWhateverLikeMeans(LikeSemantics like) {
        AdjustmentDocument other = gain("41");
        AdjustmentDocument document = gain("43");
        adapter.post(other);
        PostedDocument posted = adapter.post(document);
        sandbox.likeSemantics(like);

        assertThat(adapter.find(document)).map(PostedDocument::id).contains(posted.id());
    }

    @ParameterizedTest
    @EnumSource(LikeSemantics.class)
    void findsNothingForADocumentNeverSentWhateverLikeMeans(LikeSemantics like) {
        adapter.post(gain("41"));
        sandbox.likeSemantics(like);

        assertThat(adapter.find(gain("43"))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = LikeSemantics.class, names = {"CONTAINS", "LITERAL"})
    void whenLikeFindsItTheLocationIsNotRead(LikeSemantics like) {
        AdjustmentDocument document = gain("43");
        adapter.post(document);
        sandbox.likeSemantics(like);
        int before = sandbox.requestCount("POST", "/list");

        adapter.find(document);

        assertThat(sandbox.requestCount("POST", "/list") - before).as("one page of the first search").isEqualTo(1);
    }
}
