package org.opensabt.report;

/** A plan report cannot be made from this input; the message is one line naming the plan, file or field. */
public class ReportException extends Exception {

    private static final long serialVersionUID = 1L;

    public ReportException(String message) {
        super(message);
    }

    public ReportException(String message, Throwable cause) {
        super(message, cause);
    }
}
