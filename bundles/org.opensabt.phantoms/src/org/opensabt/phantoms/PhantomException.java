package org.opensabt.phantoms;

/** A phantom that cannot be built as asked (a size out of range, an OAR or bone slab that does not fit); the message names the value. */
public final class PhantomException extends Exception {

    private static final long serialVersionUID = 1L;

    public PhantomException(String message, Throwable cause) {
        super(message, cause);
    }
}
