package org.opensabt.viewer.edit;

/**
 * A change refused because it would edit an approved plan (see {@link ApprovedPlans}); the message is one
 * line for the user: "Plan X is approved by Y on Z; make a new draft to change it". The change was rolled back.
 */
public final class ApprovedPlanException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public ApprovedPlanException(String message) {
        super(message);
    }
}
