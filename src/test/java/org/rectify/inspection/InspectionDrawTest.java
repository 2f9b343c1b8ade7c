package org.rectify.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rectify.inspection.InspectionDraw.Candidate;
import org.rectify.inspection.InspectionDraw.Pick;
import org.rectify.inspection.InspectionDraw.Unit;

/**
 * The random draw of 双随机: the same seed and frame give the same result, excluded inspectors are
 * never drawn, and over 10,000 draws every unit and every inspector comes up as often as chance says.
 */
class InspectionDrawTest {

    /** 20 units in four townships; the first unit was inspected by i1 and i2 last time */
    static final List<Unit> FRAME = frame();
    static final List<Candidate> INSPECTORS = List.of(new Candidate("i1", "A"), new Candidate("i2", "B"),
            new Candidate("i3", "C"), new Candidate("i4", "D"), new Candidate("i5", "A"), new Candidate("i6", "B"));

    @Test
    void theSameSeedGivesTheSameDrawAndAnotherSeedAnotherOne() {
        List<Pick> first = InspectionDraw.draw(20190315L, FRAME, 5, INSPECTORS, true);
        List<Pick> again = InspectionDraw.draw(20190315L, shuffled(FRAME), 5, shuffled(INSPECTORS), true);
        List<Pick> other = InspectionDraw.draw(20190316L, FRAME, 5, INSPECTORS, true);

        assertThat(again).as("the frame's order does not matter, only its content").isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
        assertThat(first).extracting(Pick::position).containsExactly(1, 2, 3, 4, 5);
        assertThat(first).extracting(Pick::unitId).doesNotHaveDuplicates();
    }

    @Test
    void neverDrawsAnInspectorOfTheUnitsTownshipNorItsPreviousInspectors() {
        for (long seed = 0; seed < 2_000; seed++) {
            for (Pick pick : InspectionDraw.draw(seed, FRAME, 20, INSPECTORS, true)) {
                Unit unit = FRAME.get((int) pick.unitId() - 1);
                for (String inspector : List.of(pick.inspectorOne(), pick.inspectorTwo())) {
                    assertThat(township(inspector)).as("seed " + seed + ", unit " + unit.unitId())
                            .isNotEqualTo(unit.township());
                    assertThat(unit.previousInspectors()).doesNotContain(inspector);
                }
                assertThat(pick.inspectorOne()).isNotEqualTo(pick.inspectorTwo());
            }
        }
    }

    @Test
    void overTenThousandDrawsEveryUnitAndInspectorComesUpAsOftenAsChanceSays() {
        // 5 of 20 units: each drawn with p = 1/4, so 2,500 times in 10,000 draws, sd = sqrt(10000 * 1/4 * 3/4) = 43.3
        Map<Long, Integer> units = new HashMap<>();
        // a unit of township C (unit 3, no previous inspectors) may get i1, i2, i4, i5, i6: each with p = 2/5
        Map<String, Integer> inspectorsOfUnit3 = new HashMap<>();
        int unit3Drawn = 0;
        for (long seed = 1; seed <= 10_000; seed++) {
            for (Pick pick : InspectionDraw.draw(seed, FRAME, 5, INSPECTORS, true)) {
                units.merge(pick.unitId(), 1, Integer::sum);
                if (pick.unitId() == 3) {
                    unit3Drawn++;
                    inspectorsOfUnit3.merge(pick.inspectorOne(), 1, Integer::sum);
                    inspectorsOfUnit3.merge(pick.inspectorTwo(), 1, Integer::sum);
                }
            }
        }
        assertThat(units).hasSize(20);
        // within 4.5 standard deviations: a fair draw fails this about once in 150,000 runs per unit
        assertThat(units.values()).allSatisfy(count -> assertThat(count).isBetween(2_500 - 195, 2_500 + 195));
        assertThat(inspectorsOfUnit3).containsOnlyKeys("i1", "i2", "i4", "i5", "i6");
        double expected = unit3Drawn * 2 / 5.0;
        double sd = Math.sqrt(unit3Drawn * (2 / 5.0) * (3 / 5.0));
        assertThat(inspectorsOfUnit3.values()).allSatisfy(count ->
                assertThat((double) count).isBetween(expected - 4.5 * sd, expected + 4.5 * sd));
        // and the chi-square of the 20 unit counts stays below its 99.9 % point for 19 degrees of freedom (43.82)
        double chiSquare = units.values().stream().mapToDouble(c -> Math.pow(c - 2_500, 2) / 2_500).sum();
        assertThat(chiSquare).isLessThan(43.82);
    }

    @Test
    void refusesToDrawMoreUnitsThanTheFrameHoldsOrAUnitWithoutTwoFreeInspectors() {
        assertThatThrownBy(() -> InspectionDraw.draw(1L, FRAME, 21, INSPECTORS, true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("targetUnits");
        List<Candidate> twoOfTownshipA = List.of(new Candidate("i1", "A"), new Candidate("i5", "A"),
                new Candidate("i3", "C"));
        assertThatThrownBy(() -> InspectionDraw.draw(1L, List.of(new Unit(1, "A", Set.of())), 1, twoOfTownshipA, true))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("1 inspector(s) without a conflict");
        assertThat(InspectionDraw.draw(1L, List.of(new Unit(1, "A", Set.of())), 1, twoOfTownshipA, false))
                .as("allowed when the campaign does not exclude the unit's township").hasSize(1);
    }

    private static List<Unit> frame() {
        List<Unit> units = new ArrayList<>();
        for (long id = 1; id <= 20; id++) {
            units.add(new Unit(id, String.valueOf((char) ('A' + (id - 1) % 4)), id == 1 ? Set.of("i1", "i2") : Set.of()));
        }
        return units;
    }

    private static String township(String inspector) {
        return INSPECTORS.stream().filter(c -> c.userId().equals(inspector)).findFirst().orElseThrow().township();
    }

    private static <T> List<T> shuffled(List<T> items) {
        List<T> copy = new ArrayList<>(items);
        java.util.Collections.reverse(copy);
        return copy;
    }
}
