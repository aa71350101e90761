package org.opensabt.dose.source;

/** A seed descriptor that cannot be used; the message names the file and the field. */
public final class SourceDescriptorException extends Exception {

    private static final long serialVersionUID = 1L;

    public SourceDescriptorException(String message) {
        super(message);
    }

    public SourceDescriptorException(String message, Throwable cause) {
        super(message, cause);
    }
}
