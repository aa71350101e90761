package org.opensabt.plan;

/** A planning request that cannot be met or makes no sense; the message says which part and why. */
public final class PlanningException extends Exception {

    private static final long serialVersionUID = 1L;

    public PlanningException(String message) {
        super(message);
    }
}
