package org.opensabt.dicom.pixelmed;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * A deliberately naive DICOM SCU for the tests (PS3.8 PDUs by hand), able to send what a real SCU would
 * refuse to: invalid UIDs, random data sets, oversized PDU headers, interleaved transfers.
 */
final class RawScu implements Closeable {

    static final String CT = "1.2.840.10008.5.1.4.1.1.2";
    static final String EXPLICIT_LE = "1.2.840.10008.1.2.1";

    /** A received PDU. */
    record Pdu(int type, byte[] body) {
    }

    final Socket socket;
    final DataInputStream in;
    final OutputStream out;
    private int messageId = 1;

    RawScu(InetSocketAddress address) throws IOException {
        this(connect(address));
    }

    /** From a given local address (any of 127.0.0.0/8 on Linux: a second "host" on loopback). */
    RawScu(InetSocketAddress address, java.net.InetAddress local) throws IOException {
        this(new Socket(address.getAddress(), address.getPort(), local, 0));
    }

    private RawScu(Socket connected) throws IOException {
        socket = connected;
        socket.setSoTimeout(20_000);
        in = new DataInputStream(socket.getInputStream());
        out = socket.getOutputStream();
    }

    /** Connects, retrying for up to 5 s while the listener starts. */
    private static Socket connect(InetSocketAddress address) throws IOException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (true) {
            try {
                return new Socket(address.getAddress(), address.getPort());
            } catch (java.net.ConnectException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException i) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /** Sends an A-ASSOCIATE-RQ with one presentation context (id 1) and returns the answer. */
    Pdu associate(String called, String calling, String abstractSyntax, String transferSyntax) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(new byte[] { 0, 1, 0, 0 });
        b.writeBytes(ae(called));
        b.writeBytes(ae(calling));
        b.writeBytes(new byte[32]);
        item(b, 0x10, "1.2.840.10008.3.1.1.1".getBytes(StandardCharsets.US_ASCII));
        ByteArrayOutputStream pc = new ByteArrayOutputStream();
        pc.writeBytes(new byte[] { 1, 0, 0, 0 });
        item(pc, 0x30, abstractSyntax.getBytes(StandardCharsets.US_ASCII));
        item(pc, 0x40, transferSyntax.getBytes(StandardCharsets.US_ASCII));
        item(b, 0x20, pc.toByteArray());
        ByteArrayOutputStream user = new ByteArrayOutputStream();
        item(user, 0x51, ByteBuffer.allocate(4).putInt(16384).array());
        item(user, 0x52, "1.2.3.4".getBytes(StandardCharsets.US_ASCII));
        item(b, 0x50, user.toByteArray());
        pdu(0x01, b.toByteArray());
        return read();
    }

    Pdu associate(String abstractSyntax) throws IOException {
        return associate("OPENSABT", "RAWSCU", abstractSyntax, EXPLICIT_LE);
    }

    void pdu(int type, byte[] body) throws IOException {
        out.write(ByteBuffer.allocate(6 + body.length).put((byte) type).put((byte) 0).putInt(body.length).put(body).array());
        out.flush();
    }

    Pdu read() throws IOException {
        int type = in.readUnsignedByte();
        in.readUnsignedByte();
        int length = in.readInt();
        if (length < 0 || length > 1 << 20) {
            throw new IOException("implausible PDU length " + length);
        }
        byte[] body = new byte[length];
        in.readFully(body);
        return new Pdu(type, body);
    }

    /** Sends the C-STORE-RQ command set. */
    void storeCommand(String sopClass, String sopInstance) throws IOException {
        Map<Integer, byte[]> c = new TreeMap<>();
        c.put(0x00000002, uid(sopClass));
        c.put(0x00000100, us(0x0001));
        c.put(0x00000110, us(messageId++));
        c.put(0x00000700, us(0));
        c.put(0x00000800, us(0x0000));
        c.put(0x00001000, uid(sopInstance));
        pdv(command(c), 3);
    }

    /** Sends data set bytes [from, to) in PDVs of at most 16000 bytes; the last one flagged last when {@code last}. */
    void data(byte[] dataset, int from, int to, boolean last) throws IOException {
        for (int at = from; at < to; at += 16000) {
            int n = Math.min(16000, to - at);
            byte[] part = java.util.Arrays.copyOfRange(dataset, at, at + n);
            pdv(part, last && at + n == to ? 2 : 0);
        }
    }

    void pdv(byte[] value, int header) throws IOException {
        pdu(0x04, ByteBuffer.allocate(6 + value.length).putInt(value.length + 2).put((byte) 1).put((byte) header).put(value).array());
    }

    /** Reads the C-STORE-RSP (or whatever comes) and returns its Status, or -type for a non-P-DATA PDU. */
    int status() throws IOException {
        Pdu p = read();
        if (p.type() != 0x04) {
            return -p.type();
        }
        ByteBuffer b = ByteBuffer.wrap(p.body());
        b.getInt();
        b.get();
        b.get();
        b.order(ByteOrder.LITTLE_ENDIAN);
        while (b.remaining() >= 8) {
            int tag = (b.getShort() & 0xFFFF) << 16 | (b.getShort() & 0xFFFF);
            int length = b.getInt();
            byte[] v = new byte[length];
            b.get(v);
            if (tag == 0x00000900) {
                return (v[0] & 0xFF) | (v[1] & 0xFF) << 8;
            }
        }
        throw new IOException("no Status in the response");
    }

    int store(String sopClass, String sopInstance, byte[] dataset) throws IOException {
        storeCommand(sopClass, sopInstance);
        data(dataset, 0, dataset.length, true);
        return status();
    }

    /** A-RELEASE; returns the answer's PDU type. */
    int release() throws IOException {
        pdu(0x05, new byte[4]);
        return read().type();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    // ---- encodings ----

    /** An explicit VR little endian CT-ish data set; {@code pixelBytes} of OW pixel data filled with {@code fill}. */
    static byte[] dataset(String sopInstance, String study, String series, String patientId, int pixelBytes, byte fill) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        explicit(b, 0x00080016, "UI", uid(CT));
        explicit(b, 0x00080018, "UI", uid(sopInstance));
        explicit(b, 0x00080060, "CS", text("CT"));
        explicit(b, 0x00100020, "LO", text(patientId));
        explicit(b, 0x0020000D, "UI", uid(study));
        explicit(b, 0x0020000E, "UI", uid(series));
        if (pixelBytes > 0) {
            byte[] pixels = new byte[pixelBytes];
            java.util.Arrays.fill(pixels, fill);
            explicit(b, 0x7FE00010, "OW", pixels);
        }
        return b.toByteArray();
    }

    private static void explicit(ByteArrayOutputStream b, int tag, String vr, byte[] value) {
        ByteBuffer h = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN).putShort((short) (tag >>> 16)).putShort((short) tag)
                .put(vr.getBytes(StandardCharsets.US_ASCII));
        if (vr.equals("OW") || vr.equals("OB")) {
            h.putShort((short) 0).putInt(value.length);
        } else {
            h.putShort((short) value.length);
        }
        b.write(h.array(), 0, h.position());
        b.writeBytes(value);
    }

    private static byte[] command(Map<Integer, byte[]> elements) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        elements.forEach((tag, v) -> {
            body.writeBytes(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putShort((short) (tag >>> 16)).putShort(tag.shortValue()).putInt(v.length)
                    .array());
            body.writeBytes(v);
        });
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        all.writeBytes(ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN).putInt(0).putInt(4).putInt(body.size()).array());
        all.writeBytes(body.toByteArray());
        return all.toByteArray();
    }

    static byte[] uid(String s) {
        return (s.length() % 2 == 0 ? s : s + "\0").getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] text(String s) {
        return (s.length() % 2 == 0 ? s : s + " ").getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] us(int v) {
        return new byte[] { (byte) v, (byte) (v >> 8) };
    }

    private static byte[] ae(String s) {
        return String.format("%-16s", s).getBytes(StandardCharsets.US_ASCII);
    }

    private static void item(ByteArrayOutputStream b, int type, byte[] value) {
        b.write(type);
        b.write(0);
        b.write(value.length >> 8);
        b.write(value.length);
        b.writeBytes(value);
    }
}
