package org.opensabt.registry;

/** Bad input to the registry (a file, a field, a credential): the message names it, in one line. */
public class RegistryInputException extends Exception {

    private static final long serialVersionUID = 1L;

    public RegistryInputException(String message) {
        super(message);
    }

    public RegistryInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
