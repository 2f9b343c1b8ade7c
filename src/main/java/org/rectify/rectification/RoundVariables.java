package org.rectify.rectification;

import static org.rectify.rectification.RectificationVariables.RECTIFICATION_DEADLINE;
import static org.rectify.rectification.RectificationVariables.RECTIFICATION_ROUND;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Hands a new round to the process: its number, and its deadline as the end of the deadline day. */
final class RoundVariables {

    private RoundVariables() {
    }

    static void set(VariableScope scope, RectificationRound round) {
        scope.setVariable(RECTIFICATION_ROUND, round.getRoundNumber());
        scope.setVariable(RECTIFICATION_DEADLINE, endOf(round.getDeadline()));
    }

    static Date endOf(LocalDate day) {
        return Date.from(day.plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant());
    }

    /** form-js number fields send whole numbers as Long or Double; REST clients may send text. */
    static Long id(String field, Object value) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        String text = value.toString().trim().replaceFirst("^#", "").replaceFirst("\\.0+$", "");
        try {
            return Long.valueOf(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + ": not a register number: '" + value + "'");
        }
    }
}
