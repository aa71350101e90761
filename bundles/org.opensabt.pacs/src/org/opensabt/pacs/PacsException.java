package org.opensabt.pacs;

/**
 * A PACS operation refused or failed: bad node configuration or request, no such node, association rejected,
 * no answer in time, failed sub-operations. The message is one line naming the node, file or field at fault.
 */
public class PacsException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why, for callers that react differently (e.g. a test, or the UI's wording). */
    public enum Reason {
        /** the request or configuration is wrong (a field, a file, an unknown node) */
        BAD_INPUT,
        /** the PACS answered A-ASSOCIATE-RJ (unknown calling/called AE, no shared presentation context) */
        REJECTED,
        /** the connection could not be made (refused, unknown host, TLS handshake) */
        UNREACHABLE,
        /** no answer in time */
        TIMEOUT,
        /** the operation ran and the PACS reported failure (status, failed sub-operations) */
        FAILED
    }

    private final Reason reason;

    public PacsException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public PacsException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
