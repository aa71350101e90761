package org.opensabt.template;

/** A template that cannot be made from the plan or the case; the message says which needle or part and why. */
public final class TemplateException extends Exception {

    private static final long serialVersionUID = 1L;

    public TemplateException(String message) {
        super(message);
    }
}
