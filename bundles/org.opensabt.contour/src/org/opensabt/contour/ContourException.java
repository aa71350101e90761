package org.opensabt.contour;

/** A contour operation that cannot be done on this case as asked; the message names the structure or value at fault. */
public class ContourException extends Exception {

    private static final long serialVersionUID = 1L;

    public ContourException(String message) {
        super(message);
    }

    public ContourException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The new structure's name is taken and replacing it was not asked for. */
    public static final class NameTaken extends ContourException {

        private static final long serialVersionUID = 1L;
        private final String name;

        public NameTaken(String name) {
            super("the case already has a structure named " + name + "; replace it or choose another name");
            this.name = name;
        }

        public String name() {
            return name;
        }
    }
}
