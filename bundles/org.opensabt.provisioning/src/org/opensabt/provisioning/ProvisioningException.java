package org.opensabt.provisioning;

/** An install, update, uninstall or publish that cannot be done; the message says why, for a person. */
public final class ProvisioningException extends Exception {
    private static final long serialVersionUID = 1L;

    public ProvisioningException(String message) {
        super(message);
    }

    public ProvisioningException(String message, Throwable cause) {
        super(message, cause);
    }
}
