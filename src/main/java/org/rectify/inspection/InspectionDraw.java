package org.rectify.inspection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The random draw of 双随机: which units are inspected and by whom. A pure function of its seed and its
 * frame (the eligible units in register order and the inspectors by user id), so that anyone holding
 * the recorded seed and frame gets the same result: {@link Random} is specified to the bit.
 * <p>
 * Units are drawn without replacement (a partial Fisher-Yates shuffle, every subset equally likely);
 * then, unit by unit in draw order, two different inspectors uniformly from those without a conflict:
 * not of the unit's township when the campaign says so, and not the unit's previous inspectors.
 */
public final class InspectionDraw {

    /** A unit that may be drawn, with what rules out an inspector for it. */
    public record Unit(long unitId, String township, Set<String> previousInspectors) {
    }

    public record Candidate(String userId, String township) {
    }

    public record Pick(int position, long unitId, String inspectorOne, String inspectorTwo) {
    }

    private InspectionDraw() {
    }

    /**
     * @throws IllegalArgumentException when fewer units are eligible than are to be drawn
     * @throws IllegalStateException when a drawn unit has fewer than two inspectors without a conflict
     */
    public static List<Pick> draw(long seed, List<Unit> frame, int count, List<Candidate> inspectors,
                                  boolean excludeSameTownship) {
        if (count > frame.size()) {
            throw new IllegalArgumentException("targetUnits: 抽取数量超过名录中符合条件的单位数 " + count
                    + " units are to be drawn but only " + frame.size() + " in the register fit the campaign's scope");
        }
        List<Unit> units = new ArrayList<>(frame);
        units.sort(Comparator.comparingLong(Unit::unitId));
        List<Candidate> pool = new ArrayList<>(inspectors);
        pool.sort(Comparator.comparing(Candidate::userId));
        Random random = new Random(seed);
        for (int i = 0; i < count; i++) {
            int j = i + random.nextInt(units.size() - i);
            Unit chosen = units.get(j);
            units.set(j, units.get(i));
            units.set(i, chosen);
        }
        List<Pick> picks = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Unit unit = units.get(i);
            List<Candidate> eligible = pool.stream()
                    .filter(c -> !(excludeSameTownship && c.township().equals(unit.township())))
                    .filter(c -> !unit.previousInspectors().contains(c.userId()))
                    .toList();
            if (eligible.size() < 2) {
                throw new IllegalStateException("检查人员不足 Unit " + unit.unitId() + " (" + unit.township()
                        + ") has " + eligible.size() + " inspector(s) without a conflict; two are drawn per unit:"
                        + " register more inspectors or allow inspectors of the same township");
            }
            int first = random.nextInt(eligible.size());
            int second = random.nextInt(eligible.size() - 1);
            if (second >= first) {
                second++;
            }
            picks.add(new Pick(i + 1, unit.unitId(), eligible.get(first).userId(), eligible.get(second).userId()));
        }
        return picks;
    }
}
