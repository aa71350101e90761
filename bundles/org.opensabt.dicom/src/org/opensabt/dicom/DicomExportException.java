package org.opensabt.dicom;

/** A case that cannot be exported as asked; the message says what is missing. */
public final class DicomExportException extends Exception {

    private static final long serialVersionUID = 1L;

    public DicomExportException(String message, Throwable cause) {
        super(message, cause);
    }

    public DicomExportException(String message) {
        super(message);
    }
}
