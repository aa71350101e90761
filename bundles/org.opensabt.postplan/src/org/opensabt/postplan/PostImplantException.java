package org.opensabt.postplan;

/**
 * A post-implant evaluation or synthetic CT that cannot be made from the input; the message is one line
 * naming the file, seed or field and why. {@link #concernsCase()}: the message is about the case itself
 * (its plans, CT, implants), so a client may put the case's name or folder before it.
 */
public final class PostImplantException extends Exception {

    private static final long serialVersionUID = 1L;

    private final boolean concernsCase;

    public PostImplantException(String message) {
        this(message, false, null);
    }

    public PostImplantException(String message, boolean concernsCase, Throwable cause) {
        super(message, cause);
        this.concernsCase = concernsCase;
    }

    public boolean concernsCase() {
        return concernsCase;
    }
}
