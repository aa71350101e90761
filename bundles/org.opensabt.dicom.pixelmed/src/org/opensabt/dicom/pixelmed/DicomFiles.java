package org.opensabt.dicom.pixelmed;

import java.io.IOException;
import java.nio.file.Path;

import org.opensabt.dicom.DicomImportException;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.TagFromName;

/** Small helpers over PixelMed attribute lists that name the file and tag when something is missing. */
final class DicomFiles {

    private DicomFiles() {
    }

    static AttributeList read(Path file) throws DicomImportException {
        return read(file, false);
    }

    /**
     * @param headerOnly stop before (7FE0,0010) PixelData: the import reads every header first and
     *                   the pixels slice by slice later, so only one slice's pixels are in memory twice
     */
    static AttributeList read(Path file, boolean headerOnly) throws DicomImportException {
        return read(file, headerOnly, true);
    }

    /** The whole file with encapsulated (compressed) Pixel Data kept as its compressed frames; see {@link CompressedPixels}. */
    static AttributeList readEncapsulated(Path file) throws DicomImportException {
        return read(file, false, false);
    }

    private static AttributeList read(Path file, boolean headerOnly, boolean decompress) throws DicomImportException {
        AttributeList list = new AttributeList();
        list.setDecompressPixelData(decompress);
        try {
            readQuietly(list, file, headerOnly);
        } catch (DicomException | IOException | RuntimeException e) {
            throw new DicomImportException(file, "not a readable DICOM file (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage().strip()) + ")", e);
        }
        if (list.isEmpty()) {
            throw new DicomImportException(file, "not a DICOM file (no attributes)");
        }
        if (Attribute.getSingleStringValueOrEmptyString(list, TagFromName.SOPInstanceUID).isBlank()
                || Attribute.getSingleStringValueOrEmptyString(list, TagFromName.Modality).isBlank()) {
            throw new DicomImportException(file, "incomplete DICOM file: (0008,0018) SOPInstanceUID or (0008,0060) Modality"
                    + " is missing (truncated or damaged file?)");
        }
        return list;
    }

    /**
     * PixelMed's built-in logger prints parse failures with stack traces to stderr and cannot be
     * switched off (it knows no "off" level), while the read itself may return a partial list. The
     * import reports such files as one precise error instead, so PixelMed's stderr is held back
     * during the read. Imports read files one at a time, hence the lock.
     */
    private static void readQuietly(AttributeList list, Path file, boolean headerOnly) throws DicomException, IOException {
        synchronized (DicomFiles.class) {
            java.io.PrintStream original = System.err;
            System.setErr(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
            try {
                if (headerOnly) {
                    list.read(file.toString(), TagFromName.PixelData);
                } else {
                    list.read(file.toString());
                }
            } finally {
                System.setErr(original);
            }
        }
    }

    static String tagName(AttributeTag tag) {
        String name = RtTags.name(tag);
        if (name == null) {
            name = AttributeList.getDictionary().getNameFromTag(tag);
        }
        return String.format("(%04X,%04X)%s", tag.getGroup(), tag.getElement(), name == null ? "" : " " + name);
    }

    static String requiredString(AttributeList list, AttributeTag tag, Path file) throws DicomImportException {
        String value = Attribute.getSingleStringValueOrEmptyString(list, tag).strip();
        if (value.isEmpty()) {
            throw new DicomImportException(file, tagName(tag) + " is missing or empty");
        }
        return value;
    }

    static double[] requiredDoubles(AttributeList list, AttributeTag tag, int count, Path file) throws DicomImportException {
        double[] values = Attribute.getDoubleValues(list, tag);
        if (values == null || values.length != count) {
            throw new DicomImportException(file, tagName(tag) + " must have " + count + " values, found "
                    + (values == null ? "none" : String.valueOf(values.length)));
        }
        for (double v : values) {
            if (!Double.isFinite(v)) {
                throw new DicomImportException(file, tagName(tag) + " has a non-numeric value");
            }
        }
        return values;
    }

    static int requiredPositiveInt(AttributeList list, AttributeTag tag, Path file) throws DicomImportException {
        int value = Attribute.getSingleIntegerValueOrDefault(list, tag, -1);
        if (value <= 0) {
            throw new DicomImportException(file, tagName(tag) + " is missing or not positive");
        }
        return value;
    }
}
