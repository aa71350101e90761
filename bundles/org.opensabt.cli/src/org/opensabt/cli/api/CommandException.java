package org.opensabt.cli.api;

/** Bad input to a command (missing file, corrupt data, impossible request): reported as one line. */
public class CommandException extends Exception {

    private static final long serialVersionUID = 1L;

    public CommandException(String message) {
        super(message);
    }

    public CommandException(String message, Throwable cause) {
        super(message, cause);
    }
}
