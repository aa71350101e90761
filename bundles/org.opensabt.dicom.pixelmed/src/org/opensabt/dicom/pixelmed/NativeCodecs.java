package org.opensabt.dicom.pixelmed;

import com.sun.jna.Callback;
import com.sun.jna.Library;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.LongByReference;
import com.sun.jna.ptr.PointerByReference;

/**
 * JPEG-LS (ITU-T T.87) and JPEG 2000 (ISO/IEC 15444-1) decoding through the reference C libraries that
 * Debian keeps: CharLS 2 ({@code libcharls2}) and OpenJPEG 2 ({@code libopenjp2-7}), called through JNA.
 * No ImageIO codec for either is on Maven Central or in Debian in a form usable here (jai-imageio-jpeg2000 is
 * under the JJ2000 licence and its OSGi manifest imports a package its core bundle does not export).
 * Each library is loaded on first use; a missing library is one line naming the Debian package.
 */
final class NativeCodecs {

    /** One decoded greyscale image: values as the codestream holds them (bit patterns, 16 bits at most). */
    record Image(int width, int height, int components, int bitsPerSample, boolean signed, short[] values, String lossy) {
    }

    /** A decoding failure with the library's own reason. */
    static final class CodecException extends Exception {
        private static final long serialVersionUID = 1L;

        CodecException(String message) {
            super(message);
        }
    }

    private NativeCodecs() {
    }

    // ---- JPEG-LS: CharLS 2 (charls/charls_jpegls_decoder.h) -----------------------------------------------

    interface CharLS extends Library {
        Pointer charls_jpegls_decoder_create();

        void charls_jpegls_decoder_destroy(Pointer decoder);

        int charls_jpegls_decoder_set_source_buffer(Pointer decoder, Pointer source, long sizeBytes);

        int charls_jpegls_decoder_read_header(Pointer decoder);

        /** frame_info: uint32 width, uint32 height, int32 bits_per_sample, int32 component_count. */
        int charls_jpegls_decoder_get_frame_info(Pointer decoder, Pointer frameInfo);

        int charls_jpegls_decoder_get_near_lossless(Pointer decoder, int component, IntByReference near);

        int charls_jpegls_decoder_get_destination_size(Pointer decoder, int stride, LongByReference sizeBytes);

        int charls_jpegls_decoder_decode_to_buffer(Pointer decoder, Pointer destination, long sizeBytes, int stride);

        String charls_get_error_message(int error);
    }

    private static CharLS charls;
    private static String charlsError;

    private static synchronized CharLS charls() throws CodecException {
        if (charls == null && charlsError == null) {
            try {
                charls = Native.load("libcharls.so.2", CharLS.class);
            } catch (UnsatisfiedLinkError | RuntimeException e) {
                charlsError = "the JPEG-LS decoder CharLS 2 could not be loaded (install the Debian package libcharls2): " + e.getMessage();
            }
        }
        if (charls == null) {
            throw new CodecException(charlsError);
        }
        return charls;
    }

    static Image decodeJpegLs(byte[] data) throws CodecException {
        CharLS lib = charls();
        Pointer decoder = lib.charls_jpegls_decoder_create();
        if (decoder == null) {
            throw new CodecException("CharLS could not create a decoder");
        }
        // native buffers are freed here, not when a cleaner gets to them: a 500-slice series would pile them up
        try (Memory source = new Memory(Math.max(1, data.length)); Memory info = new Memory(16)) {
            source.write(0, data, 0, data.length);
            check(lib, lib.charls_jpegls_decoder_set_source_buffer(decoder, source, data.length));
            check(lib, lib.charls_jpegls_decoder_read_header(decoder));
            check(lib, lib.charls_jpegls_decoder_get_frame_info(decoder, info));
            int width = info.getInt(0), height = info.getInt(4), bits = info.getInt(8), components = info.getInt(12);
            if (components != 1 || bits < 2 || bits > 16) {
                throw new CodecException("the JPEG-LS image has " + components + " component(s) of " + bits + " bits; greyscale of 2 to 16 bits is required");
            }
            IntByReference near = new IntByReference();
            check(lib, lib.charls_jpegls_decoder_get_near_lossless(decoder, 0, near));
            LongByReference size = new LongByReference();
            check(lib, lib.charls_jpegls_decoder_get_destination_size(decoder, 0, size));
            long expected = (long) width * height * (bits > 8 ? 2 : 1);
            if (size.getValue() != expected) {
                throw new CodecException("CharLS reports " + size.getValue() + " bytes for a " + width + " × " + height + " image");
            }
            short[] values = new short[width * height];
            try (Memory out = new Memory(Math.max(1, expected))) {
                check(lib, lib.charls_jpegls_decoder_decode_to_buffer(decoder, out, expected, 0));
                if (bits > 8) {
                    out.read(0, values, 0, values.length); // native order: CharLS writes 16-bit samples as uint16_t
                } else {
                    for (int i = 0; i < values.length; i++) {
                        values[i] = (short) (out.getByte(i) & 0xFF);
                    }
                }
            }
            String lossy = near.getValue() > 0 ? "near-lossless, NEAR=" + near.getValue() : null;
            return new Image(width, height, 1, bits, false, values, lossy);
        } finally {
            lib.charls_jpegls_decoder_destroy(decoder);
        }
    }

    private static void check(CharLS lib, int error) throws CodecException {
        if (error != 0) {
            String message = lib.charls_get_error_message(error);
            throw new CodecException("CharLS: " + (message == null ? "error " + error : message.strip()));
        }
    }

    // ---- JPEG 2000: OpenJPEG 2 (openjpeg.h) --------------------------------------------------------------

    interface OpenJpeg extends Library {
        int OPJ_CODEC_J2K = 0;
        int OPJ_CODEC_JP2 = 2;
        /** sizeof(opj_dparameters_t) is about 8.7 kB in 2.5; more is allocated. */
        int DPARAMETERS_BYTES = 32 * 1024;

        Pointer opj_create_decompress(int format);

        void opj_destroy_codec(Pointer codec);

        void opj_set_default_decoder_parameters(Pointer parameters);

        int opj_setup_decoder(Pointer codec, Pointer parameters);

        int opj_set_error_handler(Pointer codec, MessageHandler handler, Pointer client);

        Pointer opj_stream_create(NativeLong bufferSize, int isInput);

        void opj_stream_destroy(Pointer stream);

        void opj_stream_set_read_function(Pointer stream, ReadFunction read);

        void opj_stream_set_skip_function(Pointer stream, SkipFunction skip);

        void opj_stream_set_seek_function(Pointer stream, SeekFunction seek);

        void opj_stream_set_user_data_length(Pointer stream, long length);

        int opj_read_header(Pointer stream, Pointer codec, PointerByReference image);

        int opj_decode(Pointer codec, Pointer stream, Pointer image);

        int opj_end_decompress(Pointer codec, Pointer stream);

        void opj_image_destroy(Pointer image);
    }

    interface MessageHandler extends Callback {
        void invoke(String message, Pointer client);
    }

    interface ReadFunction extends Callback {
        NativeLong invoke(Pointer buffer, NativeLong bytes, Pointer user);
    }

    interface SkipFunction extends Callback {
        long invoke(long bytes, Pointer user);
    }

    interface SeekFunction extends Callback {
        int invoke(long position, Pointer user);
    }

    private static OpenJpeg openjpeg;
    private static String openjpegError;

    private static synchronized OpenJpeg openjpeg() throws CodecException {
        if (openjpeg == null && openjpegError == null) {
            try {
                openjpeg = Native.load("libopenjp2.so.7", OpenJpeg.class);
            } catch (UnsatisfiedLinkError | RuntimeException e) {
                openjpegError = "the JPEG 2000 decoder OpenJPEG 2 could not be loaded (install the Debian package libopenjp2-7): " + e.getMessage();
            }
        }
        if (openjpeg == null) {
            throw new CodecException(openjpegError);
        }
        return openjpeg;
    }

    /** Decodes a J2K codestream (or a JP2 file, which some writers put in DICOM) in memory. */
    static Image decodeJpeg2000(byte[] data) throws CodecException {
        OpenJpeg lib = openjpeg();
        boolean codestream = data.length >= 2 && (data[0] & 0xFF) == 0xFF && (data[1] & 0xFF) == 0x4F; // SOC marker
        Pointer codec = lib.opj_create_decompress(codestream ? OpenJpeg.OPJ_CODEC_J2K : OpenJpeg.OPJ_CODEC_JP2);
        if (codec == null) {
            throw new CodecException("OpenJPEG could not create a decoder");
        }
        StringBuilder errors = new StringBuilder();
        MessageHandler onError = (message, client) -> {
            if (errors.length() < 500 && message != null) {
                errors.append(errors.length() > 0 ? "; " : "").append(message.strip());
            }
        };
        int[] position = { 0 };
        ReadFunction read = (buffer, bytes, user) -> {
            int n = (int) Math.min(bytes.longValue(), data.length - position[0]);
            if (n <= 0) {
                return new NativeLong(-1); // (OPJ_SIZE_T)-1: end of stream
            }
            buffer.write(0, data, position[0], n);
            position[0] += n;
            return new NativeLong(n);
        };
        SkipFunction skip = (bytes, user) -> {
            long target = Math.max(0, Math.min(data.length, position[0] + bytes));
            long skipped = target - position[0];
            position[0] = (int) target;
            return skipped;
        };
        SeekFunction seek = (target, user) -> {
            if (target < 0 || target > data.length) {
                return 0;
            }
            position[0] = (int) target;
            return 1;
        };
        Pointer stream = null;
        Pointer image = null;
        try (Memory parameters = new Memory(OpenJpeg.DPARAMETERS_BYTES)) {
            lib.opj_set_error_handler(codec, onError, null);
            parameters.clear();
            lib.opj_set_default_decoder_parameters(parameters);
            if (lib.opj_setup_decoder(codec, parameters) == 0) {
                throw new CodecException("OpenJPEG: cannot set up the decoder " + errors);
            }
            stream = lib.opj_stream_create(new NativeLong(1 << 16), 1);
            lib.opj_stream_set_read_function(stream, read);
            lib.opj_stream_set_skip_function(stream, skip);
            lib.opj_stream_set_seek_function(stream, seek);
            lib.opj_stream_set_user_data_length(stream, data.length);
            PointerByReference header = new PointerByReference();
            if (lib.opj_read_header(stream, codec, header) == 0) {
                throw new CodecException("OpenJPEG cannot read the header: " + orUnknown(errors));
            }
            image = header.getValue();
            if (lib.opj_decode(codec, stream, image) == 0 || lib.opj_end_decompress(codec, stream) == 0) {
                throw new CodecException("OpenJPEG cannot decode the image: " + orUnknown(errors));
            }
            // opj_image_t: x0, y0, x1, y1, numcomps (OPJ_UINT32), color_space (enum), comps (opj_image_comp_t*), ...
            int components = image.getInt(16);
            Pointer comps = image.getPointer(24);
            if (components != 1 || comps == null) {
                throw new CodecException("the JPEG 2000 image has " + components + " components; greyscale (one component) is required");
            }
            // opj_image_comp_t: dx, dy, w, h, x0, y0, prec, bpp, sgnd, resno_decoded, factor (OPJ_UINT32), data (OPJ_INT32*), alpha
            int width = comps.getInt(8), height = comps.getInt(12), precision = comps.getInt(24);
            boolean signed = comps.getInt(32) != 0;
            Pointer samples = comps.getPointer(48);
            if (precision < 1 || precision > 16 || samples == null) {
                throw new CodecException("the JPEG 2000 image has " + precision + "-bit samples; 16 bits at most are supported");
            }
            int[] decoded = samples.getIntArray(0, Math.multiplyExact(width, height));
            short[] values = new short[decoded.length];
            for (int i = 0; i < values.length; i++) {
                values[i] = (short) decoded[i];
            }
            return new Image(width, height, 1, precision, signed, values, irreversible(data) ? "irreversible 9/7 wavelet" : null);
        } finally {
            if (image != null) {
                lib.opj_image_destroy(image);
            }
            if (stream != null) {
                lib.opj_stream_destroy(stream);
            }
            lib.opj_destroy_codec(codec);
            // the callbacks must stay reachable until here
            java.lang.ref.Reference.reachabilityFence(onError);
            java.lang.ref.Reference.reachabilityFence(read);
            java.lang.ref.Reference.reachabilityFence(skip);
            java.lang.ref.Reference.reachabilityFence(seek);
        }
    }

    private static String orUnknown(StringBuilder errors) {
        return errors.length() == 0 ? "no reason given (truncated or corrupt codestream?)" : errors.toString();
    }

    /**
     * True when the main header's COD marker segment (ISO/IEC 15444-1 A.6.1) names the irreversible 9/7
     * wavelet (transform byte 0), which never restores the original values; 1 is the reversible 5/3.
     * The marker segments after SOC are walked by their lengths up to SOT (A.4.2), the main header's end.
     */
    static boolean irreversible(byte[] data) {
        int i = 0;
        while (i + 3 < data.length && !((data[i] & 0xFF) == 0xFF && (data[i + 1] & 0xFF) == 0x4F && (data[i + 2] & 0xFF) == 0xFF
                && (data[i + 3] & 0xFF) == 0x51)) {
            i++; // a JP2 file: the codestream starts inside its jp2c box
        }
        i += 2;
        while (i + 3 < data.length) {
            int marker = ((data[i] & 0xFF) << 8) | (data[i + 1] & 0xFF);
            int length = ((data[i + 2] & 0xFF) << 8) | (data[i + 3] & 0xFF);
            if (marker == 0xFF52) {
                return i + 13 < data.length && data[i + 13] == 0;
            }
            if (marker == 0xFF90 || (marker & 0xFF00) != 0xFF00 || length < 2) {
                return false;
            }
            i += 2 + length;
        }
        return false;
    }
}
