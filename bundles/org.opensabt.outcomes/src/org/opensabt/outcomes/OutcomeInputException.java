package org.opensabt.outcomes;

/** Cohort data or a model specification that cannot be analysed; the message names the rows or column. */
public final class OutcomeInputException extends Exception {

    private static final long serialVersionUID = 1L;

    public OutcomeInputException(String message) {
        super(message);
    }

    public OutcomeInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
