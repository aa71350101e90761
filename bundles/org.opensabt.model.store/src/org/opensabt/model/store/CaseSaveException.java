package org.opensabt.model.store;

import java.io.IOException;

/** A case was not saved; the case folder on disk is unchanged. */
public class CaseSaveException extends IOException {

    private static final long serialVersionUID = 1L;

    public CaseSaveException(String message) {
        super(message);
    }

    public CaseSaveException(String message, Throwable cause) {
        super(message, cause);
    }
}
