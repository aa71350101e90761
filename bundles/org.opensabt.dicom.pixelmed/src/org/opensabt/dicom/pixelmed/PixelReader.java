package org.opensabt.dicom.pixelmed;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.opensabt.dicom.DicomImportException;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.TagFromName;

/**
 * Reads the 16-bit pixels of an uncompressed little-endian image straight into a reused buffer, after
 * PixelMed has parsed the header. Why not PixelMed for the pixels too: its full read allocates the
 * file's pixels (and a stream buffer) anew for every slice, which for a 300-slice CT is more garbage
 * than the volume itself and pushes the import's peak heap past twice the voxel data. The shortcut is
 * taken only when the file ends with the (7FE0,0010) Pixel Data element exactly as PS3.5 7.1 encodes it
 * for the file's transfer syntax with the expected length; any other layout (trailing padding,
 * big-endian, encapsulated) returns null and the caller lets PixelMed read the file.
 */
final class PixelReader {

    static final String IMPLICIT_LITTLE = "1.2.840.10008.1.2";
    static final String EXPLICIT_LITTLE = "1.2.840.10008.1.2.1";

    private ByteBuffer buffer = ByteBuffer.allocateDirect(0);
    private short[] values = new short[0];

    /** The first {@code count} stored values, in a buffer reused by the next call; null when the layout is not the simple one. */
    short[] read(Path file, AttributeList header, int count) throws DicomImportException {
        String syntax = Attribute.getSingleStringValueOrEmptyString(header, TagFromName.TransferSyntaxUID).strip();
        boolean explicit = syntax.equals(EXPLICIT_LITTLE);
        if (!explicit && !syntax.equals(IMPLICIT_LITTLE)) {
            return null;
        }
        long bytes = 2L * count;
        int elementHeader = explicit ? 12 : 8;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            long start = size - bytes - elementHeader;
            if (start < 0) {
                return null;
            }
            ByteBuffer head = ByteBuffer.allocate(elementHeader).order(ByteOrder.LITTLE_ENDIAN);
            if (channel.read(head, start) != elementHeader) {
                return null;
            }
            head.flip();
            if (head.getShort(0) != (short) 0x7FE0 || head.getShort(2) != 0x0010) {
                return null;
            }
            long length = explicit ? head.getInt(8) & 0xFFFFFFFFL : head.getInt(4) & 0xFFFFFFFFL;
            if (explicit && !(head.get(4) == 'O' && (head.get(5) == 'W' || head.get(5) == 'B'))) {
                return null;
            }
            if (length != bytes) {
                return null;
            }
            if (buffer.capacity() < bytes) {
                buffer = ByteBuffer.allocateDirect((int) bytes).order(ByteOrder.LITTLE_ENDIAN);
                values = new short[count];
            }
            buffer.clear().limit((int) bytes);
            long position = start + elementHeader;
            while (buffer.hasRemaining()) {
                int n = channel.read(buffer, position);
                if (n < 0) {
                    throw new DicomImportException(file, "(7FE0,0010) PixelData ends early (truncated file?)");
                }
                position += n;
            }
            buffer.flip();
            buffer.order(ByteOrder.LITTLE_ENDIAN).asShortBuffer().get(values, 0, count);
            return values;
        } catch (IOException e) {
            throw new DicomImportException(file, "cannot read the pixel data: " + e.getMessage(), e);
        }
    }
}
