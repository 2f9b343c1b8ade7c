package org.rectify.shared;

import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngineException;

/**
 * Turns a rule broken by submitted form data into {@link InvalidFormInputException}. Tasklist
 * shows its message; the engine REST API answers 400 with it (see InvalidInputStatusFilter).
 */
public final class FormValidation {

    private FormValidation() {
    }

    public static <T> T check(Supplier<T> work) {
        try {
            return work.get();
        } catch (IllegalArgumentException invalid) {
            throw new InvalidFormInputException(invalid.getMessage());
        }
    }

    public static void check(Runnable work) {
        check(() -> {
            work.run();
            return null;
        });
    }

    /** Submitted data breaks a rule; the message names the field. */
    public static class InvalidFormInputException extends ProcessEngineException {

        /** Starts every message, so the REST layer can tell bad input from a failure. */
        public static final String MARKER = "Invalid input: ";

        InvalidFormInputException(String message) {
            super(MARKER + message);
        }
    }
}
