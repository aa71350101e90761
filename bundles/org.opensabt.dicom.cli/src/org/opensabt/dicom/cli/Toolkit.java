package org.opensabt.dicom.cli;

import org.opensabt.cli.api.CommandException;
import org.opensabt.dicom.DicomToolkit;
import org.opensabt.dicom.DicomToolkits;

/** The installed DICOM toolkit for a command, or a command error saying what to install. */
final class Toolkit {

    private Toolkit() {
    }

    static DicomToolkit get() throws CommandException {
        try {
            return DicomToolkits.get();
        } catch (IllegalStateException e) {
            throw new CommandException(e.getMessage(), e);
        }
    }
}
