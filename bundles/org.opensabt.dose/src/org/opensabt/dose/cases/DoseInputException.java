package org.opensabt.dose.cases;

/** Input that a dose calculation cannot use; the message names the seed, file or field. */
public final class DoseInputException extends Exception {

    private static final long serialVersionUID = 1L;

    public DoseInputException(String message) {
        super(message);
    }

    public DoseInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
