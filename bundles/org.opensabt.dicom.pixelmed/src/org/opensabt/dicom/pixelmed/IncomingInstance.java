package org.opensabt.dicom.pixelmed;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * One C-STORE data set on its way into the store. It is streamed to {@code <store>/.incoming/<random>.tmp}
 * behind a File Meta Information header (PS3.10 7.1) for the negotiated transfer syntax, never named by a
 * received identifier. {@link #finish} checks it, makes it durable and moves it atomically to
 * {@code <store>/<study>/<series>/<sop>.dcm}; any failure removes the temporary file at once.
 */
final class IncomingInstance {

    static final int SUCCESS = 0x0000;
    static final int REFUSED_SOP_CLASS = 0x0122;
    static final int OUT_OF_RESOURCES = 0xA700;
    static final int DATA_SET_MISMATCH = 0xA900;
    static final int CANNOT_UNDERSTAND = 0xC000;

    /** Ours, under 2.25 (PS3.5 B.2), derived from a fixed name. */
    static final String IMPLEMENTATION_CLASS_UID = uuidUid(UUID.nameUUIDFromBytes("OpenSABT DICOM listener".getBytes(StandardCharsets.US_ASCII)));
    static final String IMPLEMENTATION_VERSION = "OPENSABT_0_1";

    /** PS3.5 9.1: digits and dots, no empty component, at most 64 characters. */
    private static final Pattern UID = Pattern.compile("[0-9]+(\\.[0-9]+)*");

    /** How a transfer ended: the DIMSE status and what the sender and the log are told. */
    record Outcome(int status, String message, Path file, String modality, String study, String series) {
        static Outcome failure(int status, String message) {
            return new Outcome(status, message, null, null, null, null);
        }
    }

    private final Path tmp;
    private final FileChannel channel;
    private final String sopClass;
    private final String sopInstance;
    private final boolean explicitVr;
    private final long metaBytes;

    /** Creates the temporary file with its meta header; the UIDs must be valid ({@link #isUid}). */
    IncomingInstance(Path incoming, String sopClass, String sopInstance, String transferSyntax, String callingAe) throws IOException {
        this.sopClass = sopClass;
        this.sopInstance = sopInstance;
        this.explicitVr = !ScpAssociation.IMPLICIT_LE.equals(transferSyntax);
        this.tmp = incoming.resolve(UUID.randomUUID() + ".tmp");
        this.channel = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        try {
            byte[] meta = meta(sopClass, sopInstance, transferSyntax, callingAe);
            write(meta, 0, meta.length);
            metaBytes = meta.length;
        } catch (IOException e) {
            discard();
            throw e;
        }
    }

    static boolean isUid(String s) {
        return s != null && !s.isEmpty() && s.length() <= 64 && UID.matcher(s).matches();
    }

    void write(byte[] b, int offset, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(b, offset, length);
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    /** Removes the temporary file (a failed or abandoned transfer). */
    void discard() {
        try {
            channel.close();
        } catch (IOException ignored) {
            // deleting anyway
        }
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
            // removed by the next start of the listener
        }
    }

    /** Checks, syncs and files the complete data set under {@code storeReal} (the store's real path). */
    Outcome finish(Path storeReal) {
        try {
            channel.force(true);
            channel.close();
        } catch (IOException e) {
            discard();
            return Outcome.failure(OUT_OF_RESOURCES, "cannot write: " + e.getMessage());
        }
        Map<Integer, String> values;
        try {
            values = DatasetScan.scan(tmp, metaBytes, explicitVr);
        } catch (DatasetScan.Malformed e) {
            discard();
            return Outcome.failure(CANNOT_UNDERSTAND, "not a DICOM data set: " + e.getMessage());
        } catch (IOException e) {
            discard();
            return Outcome.failure(OUT_OF_RESOURCES, "cannot read back: " + e.getMessage());
        }
        String dsClass = values.get(DatasetScan.SOP_CLASS);
        String dsInstance = values.get(DatasetScan.SOP_INSTANCE);
        String study = values.get(DatasetScan.STUDY);
        String series = values.get(DatasetScan.SERIES);
        for (Map.Entry<String, String> uid : Map.of("SOP Class UID", String.valueOf(dsClass), "SOP Instance UID", String.valueOf(dsInstance),
                "Study Instance UID", String.valueOf(study), "Series Instance UID", String.valueOf(series)).entrySet()) {
            if (!isUid(uid.getValue())) {
                discard();
                return Outcome.failure(CANNOT_UNDERSTAND, "the data set's " + uid.getKey() + " is missing or not a valid UID: "
                        + ScpAudit.clean(uid.getValue()));
            }
        }
        if (!dsClass.equals(sopClass) || !dsInstance.equals(sopInstance)) {
            discard();
            return Outcome.failure(DATA_SET_MISMATCH, "the data set's SOP Class/Instance UID " + dsClass + "/" + dsInstance
                    + " differ from the command's Affected SOP Class/Instance UID (PS3.7 9.3.1.1)");
        }
        try {
            Path folder = storeReal.resolve(study).resolve(series).normalize();
            Path target = folder.resolve(sopInstance + ".dcm").normalize();
            if (!target.startsWith(storeReal) || !target.getParent().equals(folder)) {
                throw new IOException("target " + target + " is outside the store");
            }
            boolean studyIsNew = !Files.isDirectory(folder.getParent());
            boolean seriesIsNew = !Files.isDirectory(folder);
            Files.createDirectories(folder);
            if (!folder.toRealPath().startsWith(storeReal)) {
                throw new IOException(folder + " leads outside the store (a symbolic link?)");
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            fsyncDirectory(folder);
            if (seriesIsNew) {
                fsyncDirectory(folder.getParent());
            }
            if (studyIsNew) {
                fsyncDirectory(storeReal);
            }
            return new Outcome(SUCCESS, "stored", target, modality(values.get(DatasetScan.MODALITY)), study, series);
        } catch (IOException e) {
            discard();
            return Outcome.failure(OUT_OF_RESOURCES, "cannot file: " + e.getMessage());
        }
    }

    /** Modality as a Code String (PS3.5 6.2: upper case, digits, space, '_', at most 16), else "?": it is printed. */
    static String modality(String value) {
        return value != null && value.matches("[A-Z0-9 _]{1,16}") ? value : "?";
    }

    private static void fsyncDirectory(Path dir) throws IOException {
        try (FileChannel c = FileChannel.open(dir, StandardOpenOption.READ)) {
            c.force(true);
        }
    }

    /** File Meta Information (PS3.10 7.1): preamble, "DICM", group 0002 in explicit VR little endian. */
    static byte[] meta(String sopClass, String sopInstance, String transferSyntax, String callingAe) {
        ByteArrayOutputStream group = new ByteArrayOutputStream();
        element(group, 0x0001, "OB", new byte[] { 0, 1 });
        element(group, 0x0002, "UI", uid(sopClass));
        element(group, 0x0003, "UI", uid(sopInstance));
        element(group, 0x0010, "UI", uid(transferSyntax));
        element(group, 0x0012, "UI", uid(IMPLEMENTATION_CLASS_UID));
        element(group, 0x0013, "SH", text(IMPLEMENTATION_VERSION));
        if (callingAe != null && callingAe.matches("[\\x20-\\x5B\\x5D-\\x7E]{1,16}")) {
            element(group, 0x0016, "AE", text(callingAe));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[128]);
        out.writeBytes("DICM".getBytes(StandardCharsets.US_ASCII));
        ByteBuffer length = ByteBuffer.allocate(4).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(group.size());
        element(out, 0x0000, "UL", length.array());
        out.writeBytes(group.toByteArray());
        return out.toByteArray();
    }

    private static void element(ByteArrayOutputStream out, int element, String vr, byte[] value) {
        ByteBuffer b = ByteBuffer.allocate(12).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) 0x0002).putShort((short) element).put(vr.getBytes(StandardCharsets.US_ASCII));
        if (vr.equals("OB")) {
            b.putShort((short) 0).putInt(value.length);
        } else {
            b.putShort((short) value.length);
        }
        out.write(b.array(), 0, b.position());
        out.writeBytes(value);
    }

    private static byte[] uid(String uid) {
        byte[] b = uid.getBytes(StandardCharsets.US_ASCII);
        return b.length % 2 == 0 ? b : java.util.Arrays.copyOf(b, b.length + 1); // padded with NUL (PS3.5 9.1)
    }

    private static byte[] text(String s) {
        String even = s.length() % 2 == 0 ? s : s + " ";
        return even.getBytes(StandardCharsets.US_ASCII);
    }

    static String uuidUid(UUID u) {
        return "2.25." + new BigInteger(1, ByteBuffer.allocate(16).putLong(u.getMostSignificantBits()).putLong(u.getLeastSignificantBits()).array());
    }
}
