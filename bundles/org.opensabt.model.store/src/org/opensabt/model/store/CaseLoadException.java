package org.opensabt.model.store;

import java.io.IOException;
import java.nio.file.Path;

/** A case folder could not be read; {@link #getMessage()} names the file and the reason. */
public class CaseLoadException extends IOException {

    private static final long serialVersionUID = 1L;
    private final transient Path file;

    public CaseLoadException(Path file, String reason) {
        this(file, reason, null);
    }

    public CaseLoadException(Path file, String reason, Throwable cause) {
        super(file + ": " + reason, cause);
        this.file = file;
    }

    /** The file (or folder) that could not be read. */
    public Path getFile() {
        return file;
    }
}
