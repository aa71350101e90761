package org.opensabt.model.store;

/** Another writer holds the case folder's lock; the message names it in one line. Nothing was written. */
public class CaseLockedException extends CaseSaveException {

    private static final long serialVersionUID = 1L;

    public CaseLockedException(String message) {
        super(message);
    }
}
