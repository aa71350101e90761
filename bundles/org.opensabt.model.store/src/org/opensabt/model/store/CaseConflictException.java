package org.opensabt.model.store;

/**
 * The case on disk is no longer the one that was loaded (another writer saved it meanwhile); the
 * case was not saved, so that writer's work is kept. Reload the case and redo the change.
 */
public class CaseConflictException extends CaseSaveException {

    private static final long serialVersionUID = 1L;

    public CaseConflictException(String message) {
        super(message);
    }
}
