package org.opensabt.dicom.pixelmed;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

import org.opensabt.dicom.DicomImportException;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.OtherByteAttributeMultipleCompressedFrames;
import com.pixelmed.dicom.TagFromName;
import com.pixelmed.imageio.JPEGLosslessImageReader;
import com.pixelmed.imageio.JPEGLosslessImageReaderSpi;

/**
 * Decodes single-frame greyscale images whose Pixel Data is encapsulated (PS3.5 A.4): JPEG lossless
 * (.57, .70) with PixelMed's decoder (Debian libpixelmed-imageio-java), JPEG baseline/extended (.50, .51,
 * 8-bit only) with the JDK's ImageIO reader, JPEG-LS (.80, .81) with CharLS and JPEG 2000 (.90, .91) with
 * OpenJPEG ({@link NativeCodecs}). The decoders are instantiated directly, not looked up through ImageIO's
 * service registry, which does not see other bundles' META-INF/services under OSGi. RLE and deflate stay
 * with PixelMed's own reader. Each decoded image says whether its values differ from the original.
 */
final class CompressedPixels {

    static final String JPEG_BASELINE = "1.2.840.10008.1.2.4.50";
    static final String JPEG_EXTENDED = "1.2.840.10008.1.2.4.51";
    static final String JPEG_LOSSLESS = "1.2.840.10008.1.2.4.57";
    static final String JPEG_LOSSLESS_SV1 = "1.2.840.10008.1.2.4.70";
    static final String JPEG_LS_LOSSLESS = "1.2.840.10008.1.2.4.80";
    static final String JPEG_LS_NEAR_LOSSLESS = "1.2.840.10008.1.2.4.81";
    static final String JPEG_2000_LOSSLESS = "1.2.840.10008.1.2.4.90";
    static final String JPEG_2000 = "1.2.840.10008.1.2.4.91";

    /** Transfer syntaxes decoded here, with their PS3.6 Annex A names. */
    static final Map<String, String> NAMES = Map.of(JPEG_BASELINE, "JPEG Baseline (Process 1)", JPEG_EXTENDED, "JPEG Extended (Process 2 & 4)",
            JPEG_LOSSLESS, "JPEG Lossless, Non-Hierarchical (Process 14)", JPEG_LOSSLESS_SV1, "JPEG Lossless, First-Order Prediction (Process 14, SV1)",
            JPEG_LS_LOSSLESS, "JPEG-LS Lossless", JPEG_LS_NEAR_LOSSLESS, "JPEG-LS Lossy (Near-Lossless)", JPEG_2000_LOSSLESS,
            "JPEG 2000 (Lossless Only)", JPEG_2000, "JPEG 2000");

    /** One decoded image: stored values (bit patterns as in the file) and, when they are not the original's, why. */
    record Decoded(short[] values, String lossy) {
    }

    private CompressedPixels() {
    }

    static String syntax(AttributeList list) {
        return Attribute.getSingleStringValueOrEmptyString(list, TagFromName.TransferSyntaxUID).strip();
    }

    /** True for the transfer syntaxes this class decodes. */
    static boolean handles(String syntax) {
        return NAMES.containsKey(syntax);
    }

    /** "JPEG-LS Lossless (1.2.840.10008.1.2.4.80)". */
    static String describe(String syntax) {
        return NAMES.getOrDefault(syntax, "transfer syntax") + " (" + syntax + ")";
    }

    /** True when the pixel data is encapsulated (compressed): every syntax but the three uncompressed and deflate (PS3.5 A.4). */
    static boolean encapsulated(String syntax) {
        return !(syntax.isEmpty() || syntax.equals("1.2.840.10008.1.2") || syntax.equals("1.2.840.10008.1.2.1") || syntax.equals("1.2.840.10008.1.2.2")
                || syntax.equals("1.2.840.10008.1.2.1.99"));
    }

    /** Decodes the one frame of {@code file}, which must hold {@code columns × rows} values. */
    static Decoded decode(Path file, String syntax, int columns, int rows) throws DicomImportException {
        AttributeList list = DicomFiles.readEncapsulated(file);
        Attribute pixelData = list.getPixelData();
        if (pixelData == null) {
            throw new DicomImportException(file, "(7FE0,0010) PixelData (" + describe(syntax) + ") is missing or ends early (truncated file?)");
        }
        if (!(pixelData instanceof OtherByteAttributeMultipleCompressedFrames encapsulated)) {
            throw new DicomImportException(file, "(7FE0,0010) PixelData is not encapsulated although the transfer syntax is " + describe(syntax));
        }
        byte[][] frames = encapsulated.getFrames();
        if (frames == null || frames.length != 1 || frames[0] == null || frames[0].length == 0) {
            throw new DicomImportException(file, "(7FE0,0010) PixelData holds " + (frames == null ? 0 : frames.length)
                    + " compressed frames; one is required (truncated or damaged file?)");
        }
        byte[] frame = frames[0];
        String what = "the " + describe(syntax) + " image in (7FE0,0010) PixelData";
        NativeCodecs.Image image;
        try {
            image = switch (syntax) {
            case JPEG_LOSSLESS, JPEG_LOSSLESS_SV1 -> imageIo(new JPEGLosslessImageReader(new JPEGLosslessImageReaderSpi()), frame, null);
            case JPEG_BASELINE, JPEG_EXTENDED -> imageIo(jdkJpegReader(), frame, "lossy");
            case JPEG_LS_LOSSLESS, JPEG_LS_NEAR_LOSSLESS -> NativeCodecs.decodeJpegLs(frame);
            case JPEG_2000_LOSSLESS, JPEG_2000 -> NativeCodecs.decodeJpeg2000(frame);
            default -> throw new DicomImportException(file, "compressed pixel data in transfer syntax " + syntax + " cannot be decoded");
            };
        } catch (NativeCodecs.CodecException e) {
            throw new DicomImportException(file, "cannot decode " + what + ": " + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            throw new DicomImportException(file, "cannot decode " + what + " (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage().strip().replaceAll("\\s+", " ")) + "; truncated or damaged data?)", e);
        }
        if (image.width() != columns || image.height() != rows) {
            throw new DicomImportException(file, "the compressed image is " + image.width() + " × " + image.height() + ", but (0028,0011) Columns × (0028,0010) Rows is "
                    + columns + " × " + rows);
        }
        String lossy = switch (syntax) {
        case JPEG_BASELINE, JPEG_EXTENDED -> describe(syntax);
        case JPEG_LS_NEAR_LOSSLESS, JPEG_2000 -> image.lossy() == null ? null : describe(syntax) + ", " + image.lossy();
        default -> null;
        };
        return new Decoded(image.values(), lossy);
    }

    private static ImageReader jdkJpegReader() throws IOException {
        for (Iterator<ImageReader> it = ImageIO.getImageReadersByFormatName("jpeg"); it.hasNext();) {
            ImageReader reader = it.next();
            if (reader.getClass().getName().startsWith("com.sun.imageio.plugins.jpeg.")) {
                return reader;
            }
        }
        throw new IOException("the JDK's JPEG reader is not available");
    }

    private static NativeCodecs.Image imageIo(ImageReader reader, byte[] frame, String lossy) throws IOException, NativeCodecs.CodecException {
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(frame))) {
            reader.setInput(in, true, true);
            BufferedImage image = reader.read(0);
            Raster raster = image.getRaster();
            if (raster.getNumBands() != 1) {
                throw new NativeCodecs.CodecException("the image has " + raster.getNumBands() + " components; greyscale is required");
            }
            int[] samples = raster.getSamples(0, 0, raster.getWidth(), raster.getHeight(), 0, (int[]) null);
            short[] values = new short[samples.length];
            for (int i = 0; i < samples.length; i++) {
                values[i] = (short) samples[i];
            }
            return new NativeCodecs.Image(raster.getWidth(), raster.getHeight(), 1, raster.getSampleModel().getSampleSize(0), false, values, lossy);
        } finally {
            reader.dispose();
        }
    }
}
