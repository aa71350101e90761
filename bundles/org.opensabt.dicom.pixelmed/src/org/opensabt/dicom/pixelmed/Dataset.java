package org.opensabt.dicom.pixelmed;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeFactory;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.FileMetaInformation;
import com.pixelmed.dicom.SequenceAttribute;
import com.pixelmed.dicom.TransferSyntax;

/** A small builder over PixelMed's AttributeList: values by tag and VR, sequences, atomic writing. */
final class Dataset {

    final AttributeList list = new AttributeList();

    static AttributeTag tag(int group, int element) {
        return new AttributeTag(group, element);
    }

    Dataset put(int group, int element, String vr, String... values) throws DicomException {
        Attribute a = AttributeFactory.newAttribute(tag(group, element), vr.getBytes(StandardCharsets.US_ASCII));
        for (String v : values) {
            if (v != null) {
                a.addValue(v);
            }
        }
        list.put(a);
        return this;
    }

    Dataset putNumbers(int group, int element, String vr, double... values) throws DicomException {
        String[] text = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            text[i] = vr.equals("DS") ? decimal(values[i]) : String.valueOf((long) values[i]);
        }
        return put(group, element, vr, text);
    }

    /** A decimal string of at most 16 characters (DS). */
    static String decimal(double value) {
        for (int digits = 10; digits >= 1; digits--) {
            String s = String.format(Locale.ROOT, "%." + digits + "g", value);
            if (s.contains("e")) {
                s = s.replace("e+0", "e").replace("e-0", "e-").replace("e+", "e");
            }
            if (s.contains(".") && !s.contains("e")) {
                s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
            }
            if (s.length() <= 16) {
                return s;
            }
        }
        return "0";
    }

    Dataset sequence(int group, int element, Dataset... items) throws DicomException {
        SequenceAttribute s = new SequenceAttribute(tag(group, element));
        for (Dataset item : items) {
            s.addItem(item.list);
        }
        list.put(s);
        return this;
    }

    Dataset sequence(int group, int element, java.util.List<Dataset> items) throws DicomException {
        return sequence(group, element, items.toArray(Dataset[]::new));
    }

    /** Writes a Part 10 file (explicit VR little endian) to a temporary file and renames it over {@code file}. */
    void write(Path file, String sopClassUid, String sopInstanceUid) throws IOException, DicomException {
        list.insertSuitableSpecificCharacterSetForAllStringValues();
        FileMetaInformation.addFileMetaInformation(list, sopClassUid, sopInstanceUid, TransferSyntax.ExplicitVRLittleEndian, "OPENSABT");
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, ".dcm", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                list.write(out, TransferSyntax.ExplicitVRLittleEndian, true, true);
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
