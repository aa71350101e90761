package org.opensabt.registry;

/** The account may not do this (another centre's rows, an analyst submitting, a centre reading the pooled cohort). */
public class RegistryAccessException extends RegistryInputException {

    private static final long serialVersionUID = 1L;

    public RegistryAccessException(String message) {
        super(message);
    }
}
