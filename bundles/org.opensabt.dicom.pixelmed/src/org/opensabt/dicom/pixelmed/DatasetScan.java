package org.opensabt.dicom.pixelmed;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Walks a received data set (little endian, explicit or implicit VR; PS3.5 7.1, 7.5) from disk and checks
 * that it is well formed: every value length fits in what was received, sequences and items close, and
 * the identifying UIDs are there. Hand-written rather than PixelMed's {@code AttributeList.read}, because
 * PixelMed allocates a value of the declared length (up to 2 GiB) before reading it, so a few crafted
 * bytes would exhaust the heap; this walk skips values on disk and keeps only the few short ones it needs.
 */
final class DatasetScan {

    static final int SOP_CLASS = 0x00080016;
    static final int SOP_INSTANCE = 0x00080018;
    static final int MODALITY = 0x00080060;
    static final int STUDY = 0x0020000D;
    static final int SERIES = 0x0020000E;
    private static final Set<Integer> WANTED = Set.of(SOP_CLASS, SOP_INSTANCE, MODALITY, STUDY, SERIES);
    private static final int PIXEL_DATA = 0x7FE00010;
    private static final int ITEM = 0xFFFEE000;
    private static final int ITEM_END = 0xFFFEE00D;
    private static final int SEQUENCE_END = 0xFFFEE0DD;
    private static final long UNDEFINED = 0xFFFFFFFFL;
    private static final int MAX_DEPTH = 32;
    /** Explicit VRs with a 4-byte length (PS3.5 Table 7.1-1). */
    private static final Set<String> LONG_VRS = Set.of("OB", "OD", "OF", "OL", "OV", "OW", "SQ", "SV", "UC", "UN", "UR", "UT", "UV");

    /** The data set is not well formed; the message says where. */
    static final class Malformed extends Exception {
        private static final long serialVersionUID = 1L;

        Malformed(String message) {
            super(message);
        }
    }

    private final InputStream in;
    private final long end;
    private long position;
    private final Map<Integer, String> values = new HashMap<>();

    private DatasetScan(InputStream in, long start, long end) {
        this.in = in;
        this.position = start;
        this.end = end;
    }

    /** Scans the data set in {@code file} from byte {@code start} to its end; returns the wanted top-level values (trimmed). */
    static Map<Integer, String> scan(Path file, long start, boolean explicitVr) throws IOException, Malformed {
        long size = Files.size(file);
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 65536)) {
            raw.skipNBytes(start);
            DatasetScan scan = new DatasetScan(raw, start, size);
            scan.dataset(explicitVr, size, 0, false);
            return scan.values;
        } catch (EOFException e) {
            throw new Malformed("the data set ends inside an element");
        }
    }

    /** Reads elements until {@code limit} or, when {@code untilItemEnd}, an item delimiter. */
    private void dataset(boolean explicitVr, long limit, int depth, boolean untilItemEnd) throws IOException, Malformed {
        if (depth > MAX_DEPTH) {
            throw new Malformed("sequences nested deeper than " + MAX_DEPTH);
        }
        long previousTag = -1;
        while (position < limit) {
            long at = position;
            int tag = tag();
            // PS3.5 7.1: data elements in ascending tag order, each once (otherwise toolkits disagree on the UIDs)
            if (tag != ITEM_END && (tag & 0xFFFFFFFFL) <= previousTag) {
                throw new Malformed(String.format("(%04X,%04X) at byte %d is out of order or repeated (PS3.5 7.1)", tag >>> 16, tag & 0xFFFF, at));
            }
            previousTag = tag & 0xFFFFFFFFL;
            if (tag == ITEM_END) {
                if (!untilItemEnd || u32() != 0) {
                    throw new Malformed(String.format("unexpected item delimiter at byte %d", at));
                }
                return;
            }
            if ((tag >>> 16) == 0xFFFE) {
                throw new Malformed(String.format("unexpected delimiter (FFFE,%04X) at byte %d", tag & 0xFFFF, at));
            }
            String vr = null;
            long length;
            if (explicitVr) {
                vr = new String(bytes(2), StandardCharsets.US_ASCII);
                if (!vr.matches("[A-Z]{2}")) {
                    throw new Malformed(String.format("(%04X,%04X) at byte %d has no valid VR", tag >>> 16, tag & 0xFFFF, at));
                }
                if (LONG_VRS.contains(vr)) {
                    u16();
                    length = u32();
                } else {
                    length = u16();
                }
            } else {
                length = u32();
            }
            if (length == UNDEFINED) {
                if (vr != null && !Set.of("SQ", "UN", "OB", "OW").contains(vr)) {
                    throw new Malformed(String.format("(%04X,%04X) %s at byte %d has an undefined length", tag >>> 16, tag & 0xFFFF, vr, at));
                }
                // an undefined-length UN is implicit VR inside (PS3.5 6.2.2); encapsulated pixel data (also an icon's) holds fragments (A.4)
                boolean fragments = tag == PIXEL_DATA || "OB".equals(vr) || "OW".equals(vr);
                items(fragments ? null : Boolean.valueOf(explicitVr && !"UN".equals(vr)), depth);
                continue;
            }
            if (length > limit - position) {
                throw new Malformed(String.format("(%04X,%04X) at byte %d declares %d bytes, only %d follow", tag >>> 16, tag & 0xFFFF, at, length,
                        limit - position));
            }
            if (depth == 0 && WANTED.contains(tag) && length <= 64) {
                values.put(tag, new String(bytes((int) length), StandardCharsets.US_ASCII).replace('\0', ' ').strip());
            } else {
                skip(length);
            }
        }
        if (untilItemEnd || position != limit) {
            throw new Malformed("the data set ends inside an item");
        }
    }

    /** Items of an undefined-length sequence up to its delimiter; {@code explicitVr} null: encapsulated fragments. */
    private void items(Boolean explicitVr, int depth) throws IOException, Malformed {
        while (true) {
            long at = position;
            int tag = tag();
            long length = u32();
            if (tag == SEQUENCE_END) {
                if (length != 0) {
                    throw new Malformed("sequence delimiter with a length at byte " + at);
                }
                return;
            }
            if (tag != ITEM) {
                throw new Malformed(String.format("expected an item at byte %d, found (%04X,%04X)", at, tag >>> 16, tag & 0xFFFF));
            }
            if (length == UNDEFINED) {
                if (explicitVr == null) {
                    throw new Malformed("a pixel data fragment of undefined length at byte " + at);
                }
                dataset(explicitVr, end, depth + 1, true);
            } else if (length > end - position) {
                throw new Malformed(String.format("an item at byte %d declares %d bytes, only %d follow", at, length, end - position));
            } else if (explicitVr == null) {
                skip(length);
            } else {
                dataset(explicitVr, position + length, depth + 1, false);
            }
        }
    }

    private int tag() throws IOException {
        int group = u16();
        int element = u16();
        return (group << 16) | element;
    }

    private int u16() throws IOException {
        byte[] b = bytes(2);
        return (b[0] & 0xFF) | (b[1] & 0xFF) << 8;
    }

    private long u32() throws IOException {
        byte[] b = bytes(4);
        return (b[0] & 0xFFL) | (b[1] & 0xFFL) << 8 | (b[2] & 0xFFL) << 16 | (b[3] & 0xFFL) << 24;
    }

    private byte[] bytes(int n) throws IOException {
        if (n > end - position) {
            throw new EOFException();
        }
        byte[] b = in.readNBytes(n);
        if (b.length < n) {
            throw new EOFException();
        }
        position += n;
        return b;
    }

    private void skip(long n) throws IOException {
        in.skipNBytes(n);
        position += n;
    }
}
