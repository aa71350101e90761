package org.opensabt.dicom;

import java.nio.file.Path;

/** DICOM input that cannot be imported; the message names the file and, where it applies, the attribute. */
public class DicomImportException extends Exception {

    private static final long serialVersionUID = 1L;

    public DicomImportException(Path file, String reason) {
        this(file, reason, null);
    }

    public DicomImportException(Path file, String reason, Throwable cause) {
        super((file == null ? "" : file + ": ") + reason, cause);
    }
}
