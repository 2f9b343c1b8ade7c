package org.rectify.campaign;

import java.time.LocalDate;
import java.util.List;

/**
 * A campaign's progress as the leading group watches it: where the cases stand, what was
 * decided, how they ended, and closures and relocations against each year's target.
 */
public record Progress(
        Long campaignId,
        String name,
        StartStatus start,
        long cases,
        List<Count> byStage,
        List<Count> byDisposition,
        List<Count> byOutcome,
        Targets targets,
        Activities activities) {

    /** code null: not set yet (no disposition decided, no outcome because the case runs on) */
    public record Count(String code, String label, long count) {
    }

    public record Targets(Line closures, Line relocations, List<Year> years) {
    }

    /**
     * decided: the disposition in force leads there; achieved: the case ended so;
     * remaining: the target minus achieved (null without a target).
     */
    public record Line(Integer target, long decided, long achieved, Integer remaining) {
    }

    /** due: decided with a deadline inside the year; achieved: ended inside the year. */
    public record Year(int year, LocalDate from, LocalDate to, Integer closureTarget, long closuresDue,
                       long closuresAchieved, Integer relocationTarget, long relocationsDue,
                       long relocationsAchieved) {
    }

    public record Activities(long meetings, List<Count> meetingsByKind, long commitmentLetters, long textMessages,
                             long leaflets, long consultations) {
    }
}
