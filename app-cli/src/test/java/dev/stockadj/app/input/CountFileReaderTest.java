package dev.stockadj.app.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stockadj.core.model.Bin;
import dev.stockadj.core.model.count.CountLine;
import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.LocationId;
import dev.stockadj.core.model.LotNumber;
import dev.stockadj.core.model.Problem;
import dev.stockadj.core.model.Quantity;
import dev.stockadj.core.model.Sku;
import dev.stockadj.core.model.UnitCost;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CountFileReaderTest {
    private final CountFileReader reader = new CountFileReader();

    @TempDir
    Path folder;

    private List<CountLine> csv(String text) {
        return reader.read("count.csv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private List<Problem> problems(String name, byte[] bytes) {
        try {
            reader.read(name, new ByteArrayInputStream(bytes));
        } catch (InputRejected e) {
            return e.problems();
        }
        throw new AssertionError("expected the file to be rejected");
    }

    private List<Problem> csvProblems(String text) {
        return problems("count.csv", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsEveryColumnOfACsvCount() {
        List<CountLine> lines = csv("item,counted,unit_cost,bin,lot,expires,book\n"
                + "37,4.50,12.50,Floor,L-1,2027-01-31,3\n"
                + "30,2,,,,,\n");

        assertThat(lines).containsExactly(
                new CountLine(1, new ItemId("37"), Quantity.of("4.5"), Optional.of(UnitCost.of("12.5")),
                        Optional.of(Quantity.of(3)), Optional.of(new Bin("Floor")), Optional.of(new LotNumber("L-1")),
                        Optional.of(LocalDate.of(2027, 1, 31))),
                CountLine.of(2, new ItemId("30"), Quantity.of(2)));
    }

    @Test
    void readsSkusAndToleratesABomAndBlankLines() {
        List<CountLine> lines = csv("\uFEFFsku,counted\nABC-1,5\n\nABC-2,0\n");

        assertThat(lines).extracting(CountLine::item).containsExactly(new Sku("ABC-1"), new Sku("ABC-2"));
    }

    @Test
    void readsAJsonArrayOfObjectsWithNumbersOrStrings() {
        String json = "[{\"item\": \"37\", \"counted\": 4.50, \"bin\": \"Floor\"},\n {\"sku\": \"X\", \"counted\": \"1e1\"}]";
        List<CountLine> lines = reader.read("count.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));

        assertThat(lines).extracting(CountLine::counted).containsExactly(Quantity.of("4.5"), Quantity.of(10));
        assertThat(lines.get(0).bin()).contains(new Bin("Floor"));
    }

    @Test
    void reportsEveryBadRowWithItsLineAndFileLine() {
        List<Problem> problems = csvProblems("item,sku,counted,expires,lot\n"
                + "1,,abc,,\n"             // row 1: counted not a number
                + "2,,-3,,\n"              // row 2: negative
                + ",,4,,\n"                // row 3: no item
                + "4,S-4,4,,\n"            // row 4: both
                + "5,,4,2026-13-01,L\n"    // row 5: bad date
                + "6,,,,\n"                // row 6: counted missing
                + "7,,1,2026-01-01,\n");   // row 7: expiry without lot

        assertThat(problems).extracting(Problem::line).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(problems.get(0).message()).contains("not a number").contains("file line 2");
        assertThat(problems.get(1).message()).contains("must not be negative");
        assertThat(problems.get(2).message()).contains("missing item");
        assertThat(problems.get(3).message()).contains("either item or sku");
        assertThat(problems.get(4).message()).contains("not a date").contains("file line 6");
        assertThat(problems.get(5).message()).contains("missing counted");
        assertThat(problems.get(6).message()).contains("needs a lot");
    }

    @Test
    void reportsAnUnknownColumnAndTheBadRowsToo() {
        List<Problem> problems = csvProblems("item,counted,colour\n1,x,red\n");

        assertThat(problems).extracting(Problem::field).containsExactly("colour", "counted");
        assertThat(problems.get(0).message()).contains("unknown column 'colour'").contains("counted");
    }

    @Test
    void refusesAFileThatIsNotUtf8() {
        byte[] latin1 = "item,counted\nCaf\u00e9,1\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(problems("count.csv", latin1)).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("not UTF-8"));
    }

    @Test
    void refusesAnEmptyFileAndAHeaderWithoutRows() {
        assertThat(csvProblems("")).singleElement().satisfies(p -> assertThat(p.message()).contains("empty"));
        assertThat(csvProblems("item,counted\n")).singleElement().satisfies(p -> assertThat(p.message()).contains("empty"));
    }

    @Test
    void aRowWithMoreCellsThanTheHeaderStopsReadingAndSaysWhere() {
        List<Problem> problems = csvProblems("item,counted\n1,2\n3,4,5\n");

        assertThat(problems).singleElement().satisfies(p -> assertThat(p.message())
                .contains("after data row 1").contains("file line 3"));
    }

    @Test
    void refusesJsonThatIsNotAnArray() {
        assertThat(problems("c.json", "{\"item\":1}".getBytes(StandardCharsets.UTF_8))).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("array of objects"));
    }

    @Test
    void reportsAJsonRowThatIsNotAnObjectAndAnUnknownField() {
        List<Problem> problems = problems("c.json", "[{\"item\":1,\"counted\":1,\"qty\":2},\n 5]"
                .getBytes(StandardCharsets.UTF_8));

        assertThat(problems).extracting(Problem::line).containsExactly(0, 2);
        assertThat(problems.get(0).message()).contains("unknown column 'qty'");
    }

    @Test
    void aFileReadFromDiskCarriesItsNameAndAHashOfItsBytes() throws Exception {
        Path file = Files.writeString(folder.resolve("count.csv"), "item,counted\n1,2\n");
        Path same = Files.writeString(folder.resolve("again/count.csv".replace("/", "-")), "item,counted\n1,2\n");
        Path other = Files.writeString(folder.resolve("other.csv"), "item,counted\n1,3\n");

        CountFile read = reader.read(file);

        assertThat(read.name()).isEqualTo("count.csv");
        assertThat(read.sha256()).hasSize(64).isEqualTo(reader.read(same).sha256())
                .isNotEqualTo(reader.read(other).sha256());
    }

    @Test
    void theDefaultReferenceDependsOnNameContentAndLocationOnly() throws Exception {
        CountFile count = reader.read(Files.writeString(folder.resolve("count.csv"), "item,counted\n1,2\n"));
        CountFile renamed = new CountFile("shelf.csv", count.lines(), count.sha256());
        CountFile changed = new CountFile("count.csv", count.lines(), "0".repeat(64));
        LocationId here = new LocationId("12");

        assertThat(count.reference(here)).isEqualTo(count.reference(new LocationId("12")));
        assertThat(count.reference(here).value()).startsWith("count.csv-");
        assertThat(count.reference(here)).isNotEqualTo(renamed.reference(here))
                .isNotEqualTo(changed.reference(here)).isNotEqualTo(count.reference(new LocationId("13")));
    }

    @Test
    void aMissingFileIsABadInputNamingIt() {
        assertThatThrownBy(() -> reader.read(folder.resolve("nope.csv"))).isInstanceOf(InputRejected.class)
                .hasMessageContaining("nope.csv");
    }

    @Test
    void aRepeatedCsvColumnIsAProblemInsteadOfTheLastValueWinning() {
        assertThat(csvProblems("sku,counted,counted\nWID-A,50,70\n")).extracting(Problem::message)
                .containsExactly("column 'counted' appears 2 times in the header (file line 1); keep one");
        assertThat(csvProblems("sku,counted, Counted \nWID-A,50,70\n")).extracting(Problem::message)
                .anyMatch(m -> m.startsWith("column 'Counted' appears 2 times"));
    }

    @Test
    void aMissingRequiredColumnIsOneProblemNotOnePerRow() {
        assertThat(csvProblems("sku\nA\nB\nC\n")).extracting(Problem::message)
                .containsExactly("the header (file line 1) has no column 'counted'");
    }

    @Test
    void aRepeatedJsonKeyIsAProblemInsteadOfTheLastValueWinning() {
        assertThat(problems("count.json", "[{\"sku\":\"A\",\n\"counted\":50,\"counted\":7}]".getBytes(StandardCharsets.UTF_8)))
                .containsExactly(new Problem(1, "counted", "key 'counted' appears more than once in this object (file line 1)"));
    }

    @Test
    void contentAfterTheJsonArrayIsAProblem() {
        assertThat(problems("count.json", "[{\"sku\":\"A\",\"counted\":5}]\n{\"sku\":\"B\",\"counted\":7}"
                .getBytes(StandardCharsets.UTF_8))).extracting(Problem::message)
                .containsExactly("there is more after the end of the JSON array (file line 2): the file is one array");
    }

    @Test
    void aJsonNumberIsReadFromItsTextWithinTheBounds() {
        assertThat(problems("count.json", "[{\"sku\":\"A\",\"counted\":1e999999999},{\"sku\":\"B\",\"counted\":{\"v\":1}}]"
                .getBytes(StandardCharsets.UTF_8))).extracting(Problem::message).containsExactly(
                "counted is out of range: 1e999999999 (at most 12 digits before the decimal point and 10 after) (file line 1)",
                "counted must be a single value, not an object (file line 1)");
    }

    @Test
    void keepsTheFirstThousandProblemsAndCountsTheRest() {
        StringBuilder text = new StringBuilder("sku,counted\n");
        for (int i = 0; i < 5000; i++) {
            text.append("S").append(i).append(",x\n");
        }
        InputRejected rejected = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> csv(text.toString()), InputRejected.class);
        assertThat(rejected.problems()).hasSize(Problems.KEPT);
        assertThat(rejected.problems().get(0).line()).isEqualTo(1);
        assertThat(rejected.omitted()).isEqualTo(4000);
        assertThat(rejected.getMessage()).contains("5000 problem(s)").hasSizeLessThan(5000);
    }

    @Test
    void repeatedCellsShareOneValueSoALargeCountFitsInASmallHeap() {
        List<CountLine> lines = csv("sku,counted,bin\nA,5,Floor\nB,5,Floor\n");

        assertThat(lines.get(0).bin().get()).isSameAs(lines.get(1).bin().get());
        assertThat(lines.get(0).counted()).isSameAs(lines.get(1).counted());
        assertThat(lines.get(0).item()).isNotSameAs(lines.get(1).item());
    }

    @Test
    void anyFileNameMakesAValidReferenceKeepingTheContentHash() {
        for (String name : List.of(" count.csv", "count\nfile.csv", "c".repeat(250) + ".csv", "جرد.csv")) {
            CountFile file = new CountFile(name, List.of(CountLine.of(1, new Sku("A"), Quantity.of(1))), "ab");
            String reference = file.reference(new LocationId("12")).value();
            assertThat(reference).as(name).matches("[A-Za-z0-9._-]{1,100}-[0-9a-f]{16}");
            assertThat(CountFile.shownReference(folder.resolve(name)).value()).matches("[A-Za-z0-9._-]{1,100}");
        }
        CountFile other = new CountFile(" count.csv", List.of(CountLine.of(1, new Sku("A"), Quantity.of(1))), "cd");
        assertThat(other.reference(new LocationId("12")))
                .isNotEqualTo(new CountFile(" count.csv", other.lines(), "ab").reference(new LocationId("12")));
    }
}
