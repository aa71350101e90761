package org.opensabt.dicom.pixelmed;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSocket;

import com.pixelmed.dicom.SOPClass;

/**
 * One association on the listener's socket: the DICOM Upper Layer (PS3.8 9.3: A-ASSOCIATE-RQ/AC/RJ,
 * P-DATA-TF, A-RELEASE, A-ABORT) and the C-STORE / C-ECHO service (PS3.7 9.1.1, 9.1.5; PS3.4 B.2.3).
 * Every length read from the peer is checked against the limits before anything is allocated.
 */
final class ScpAssociation implements Runnable {

    static final String IMPLICIT_LE = "1.2.840.10008.1.2";
    static final String EXPLICIT_LE = "1.2.840.10008.1.2.1";
    static final String VERIFICATION = "1.2.840.10008.1.1";
    private static final String APPLICATION_CONTEXT = "1.2.840.10008.3.1.1.1";
    /** Uncompressed and common compressed syntaxes (JPEG baseline/extended/lossless, JPEG-LS, JPEG 2000, RLE): stored as received. */
    private static final Set<String> STORAGE_SYNTAXES = Set.of(IMPLICIT_LE, EXPLICIT_LE, "1.2.840.10008.1.2.4.50", "1.2.840.10008.1.2.4.51",
            "1.2.840.10008.1.2.4.57", "1.2.840.10008.1.2.4.70", "1.2.840.10008.1.2.4.80", "1.2.840.10008.1.2.4.81", "1.2.840.10008.1.2.4.90",
            "1.2.840.10008.1.2.4.91", "1.2.840.10008.1.2.5");
    private static final int MAX_COMMAND_BYTES = 64 << 10;
    private static final int C_STORE_RQ = 0x0001;
    private static final int C_ECHO_RQ = 0x0030;
    private static final int NO_DATA_SET = 0x0101;

    /** A-ASSOCIATE-RJ result, source, reason (PS3.8 Table 9-21). */
    record Rejection(int result, int source, int reason, String why) {
    }

    static final Rejection LOCAL_LIMIT = new Rejection(2, 3, 2, "too-many-associations");
    /** The same transient rejection for a peer address that already holds its share of the associations. */
    static final Rejection PEER_LIMIT = new Rejection(2, 3, 2, "too-many-associations-from-peer");

    /** Ends the association with an A-ABORT (PS3.8 9.3.8) after the reason is logged. */
    private static final class Abort extends Exception {
        private static final long serialVersionUID = 1L;
        final int reason;

        Abort(int reason, String message) {
            super(message);
            this.reason = reason;
        }
    }

    private final DicomScp scp;
    private final Socket socket;
    private final Rejection preset;
    private final String peer;
    private String calling = "";
    private String called = "";
    private String tlsPeer = "-";
    private volatile boolean established;
    private volatile boolean deadlinePassed;
    private volatile Runnable onEstablished = () -> { };
    /** What the listener is told of a refused association; reported with its audit line, within the refusal budget. */
    private Runnable refusal;
    private DataInputStream in;
    private OutputStream out;
    private long peerMaxPdu;
    private final Map<Integer, String[]> accepted = new HashMap<>(); // pc id -> {abstract syntax, transfer syntax}
    private int stored;
    private int failed;
    // the message in transfer
    private final ByteArrayOutputStream command = new ByteArrayOutputStream();
    private Transfer transfer;

    /** A C-STORE whose data set is arriving: into {@code file}, or discarded when {@code status} is already a failure. */
    private static final class Transfer {
        int pcId;
        int messageId;
        String sopClass;
        String sopInstance;
        IncomingInstance file;
        Integer status;
        String message;
        long bytes;
    }

    ScpAssociation(DicomScp scp, Socket socket, Rejection preset) {
        this.scp = scp;
        this.socket = socket;
        this.preset = preset;
        this.peer = socket.getInetAddress().getHostAddress() + ":" + socket.getPort();
    }

    /** Called once the association is established (the request deadline no longer applies). */
    void onEstablished(Runnable action) {
        this.onEstablished = action;
    }

    /** The request deadline passed: a connection still without an association is closed. */
    void requestDeadlinePassed() {
        if (!established) {
            deadlinePassed = true;
            try {
                socket.close();
            } catch (IOException ignored) {
                // closed anyway
            }
        }
    }

    @Override
    public void run() {
        String outcome = "aborted";
        String reason = "-";
        // not try-with-resources: its catch blocks would run after the socket closed, too late for an A-ABORT
        try {
            socket.setSoTimeout(scp.limits().requestTimeoutMs());
            if (socket instanceof SSLSocket ssl) {
                try {
                    ssl.startHandshake();
                    tlsPeer = ssl.getSession().getProtocol();
                    try {
                        tlsPeer += "/" + ssl.getSession().getPeerPrincipal().getName();
                    } catch (SSLPeerUnverifiedException noClientCertificate) {
                        // allowed unless client certificates are required (then the handshake failed)
                    }
                } catch (IOException e) {
                    outcome = "refused";
                    reason = deadlinePassed ? "no-A-ASSOCIATE-RQ-in-time" : "tls-handshake-failed:" + e.getMessage();
                    if (!deadlinePassed) {
                        refusal = () -> scp.listener().refused(peer, "", "TLS handshake failed: " + e.getMessage());
                    }
                    return;
                }
            }
            in = new DataInputStream(new BufferedInputStream(socket.getInputStream(), 65536));
            out = socket.getOutputStream();
            Rejection rejection = associate();
            if (rejection != null) {
                outcome = "rejected";
                reason = rejection.why();
                refusal = () -> scp.listener().refused(peer, ScpAudit.clean(calling), rejection.why());
                return;
            }
            established = true;
            onEstablished.run();
            socket.setSoTimeout(scp.limits().idleTimeoutMs());
            outcome = serve();
        } catch (Abort e) {
            reason = e.getMessage();
            sendAbort(e.reason);
            scp.listener().failed("association from " + label() + " aborted (" + e.getMessage() + ")"
                    + (transfer != null ? "; the instance in transfer was not stored, those stored before stay" : ""));
        } catch (SocketTimeoutException e) {
            if (!established) {
                reason = "no-A-ASSOCIATE-RQ-in-time"; // ARTIM expired (PS3.8 9.1.5): close, nothing to report
            } else {
                reason = "idle-timeout";
                sendAbort(0);
                if (transfer != null) {
                    scp.listener().failed("association from " + label() + " timed out; the instance in transfer was not stored");
                }
            }
        } catch (EOFException e) {
            reason = "connection-closed";
            if (transfer != null) {
                scp.listener().failed("association from " + label() + " closed in a transfer; that instance was not stored, those stored before stay");
            }
        } catch (IOException e) {
            reason = deadlinePassed && !established ? "no-A-ASSOCIATE-RQ-in-time" : "io:" + e.getMessage();
            if (transfer != null) {
                scp.listener().failed("association from " + label() + " failed (" + e.getMessage() + "); the instance in transfer was not stored");
            }
        } finally {
            if (transfer != null && transfer.file != null) {
                transfer.file.discard();
            }
            String finalOutcome = outcome;
            String finalReason = reason;
            Runnable report = () -> {
                scp.audit().log("association", "peer", peer, "calling", calling, "called", called, "tls", tlsPeer, "outcome", finalOutcome,
                        "reason", finalReason, "stored", stored, "failed", failed);
                if (refusal != null) {
                    refusal.run();
                }
            };
            if (established) {
                report.run();
            } else { // never associated: within the per-peer refusal budget (a flood cannot rotate the log away)
                scp.reportRefusal(socket.getInetAddress().getHostAddress(), report);
            }
            try {
                socket.close();
            } catch (IOException ignored) {
                // closed anyway
            }
        }
    }

    private String label() {
        return "AE " + ScpAudit.clean(calling) + " at " + peer;
    }

    // ---- association establishment ----------------------------------------------------------------------

    /** Reads the A-ASSOCIATE-RQ and answers it; returns the rejection sent, or null when accepted. */
    private Rejection associate() throws IOException, Abort {
        int type = in.read();
        if (type < 0) {
            throw new EOFException();
        }
        in.readUnsignedByte();
        long length = in.readInt() & 0xFFFFFFFFL;
        if (type != 0x01) {
            throw new Abort(2, "expected A-ASSOCIATE-RQ, got PDU type " + type);
        }
        if (length < 68 || length > scp.limits().maxRequestBytes()) {
            throw new Abort(6, "A-ASSOCIATE-RQ of " + length + " bytes (limit " + scp.limits().maxRequestBytes() + ")");
        }
        byte[] body = new byte[(int) length];
        in.readFully(body);
        ByteBuffer b = ByteBuffer.wrap(body);
        int version = b.getShort() & 0xFFFF;
        b.getShort();
        byte[] calledRaw = new byte[16];
        byte[] callingRaw = new byte[16];
        b.get(calledRaw).get(callingRaw);
        called = new String(calledRaw, StandardCharsets.US_ASCII).strip(); // untrusted: cleaned wherever logged or shown
        calling = new String(callingRaw, StandardCharsets.US_ASCII).strip();
        b.position(68);
        String context = null;
        Map<Integer, String> abstractSyntaxes = new LinkedHashMap<>();
        Map<Integer, List<String>> transferSyntaxes = new HashMap<>();
        try {
            while (b.hasRemaining()) {
                int itemType = b.get() & 0xFF;
                b.get();
                int itemLength = b.getShort() & 0xFFFF;
                ByteBuffer item = b.slice(b.position(), itemLength);
                b.position(b.position() + itemLength);
                switch (itemType) {
                case 0x10 -> context = string(item, itemLength);
                case 0x20 -> {
                    int id = item.get() & 0xFF;
                    item.position(4);
                    List<String> syntaxes = new ArrayList<>();
                    String abstractSyntax = null;
                    while (item.hasRemaining()) {
                        int subType = item.get() & 0xFF;
                        item.get();
                        int subLength = item.getShort() & 0xFFFF;
                        String value = string(item, subLength);
                        if (subType == 0x30) {
                            abstractSyntax = value;
                        } else if (subType == 0x40) {
                            syntaxes.add(value);
                        }
                    }
                    abstractSyntaxes.put(id, abstractSyntax);
                    transferSyntaxes.put(id, syntaxes);
                }
                case 0x50 -> {
                    while (item.hasRemaining()) {
                        int subType = item.get() & 0xFF;
                        item.get();
                        int subLength = item.getShort() & 0xFFFF;
                        if (subType == 0x51 && subLength == 4) {
                            peerMaxPdu = item.getInt() & 0xFFFFFFFFL;
                        } else {
                            item.position(item.position() + subLength);
                        }
                    }
                }
                default -> {
                    // other items are not used here
                }
                }
            }
        } catch (RuntimeException e) { // BufferUnderflow, IndexOutOfBounds, IllegalArgument: an item overruns its PDU
            throw new Abort(6, "malformed A-ASSOCIATE-RQ (an item overruns the PDU)");
        }
        Rejection rejection = null;
        if ((version & 1) == 0) {
            rejection = new Rejection(1, 2, 2, "protocol-version-not-supported");
        } else if (!APPLICATION_CONTEXT.equals(context)) {
            rejection = new Rejection(1, 1, 2, "application-context-not-supported");
        } else if (!called.equals(scp.settings().aeTitle())) {
            rejection = new Rejection(1, 1, 7, "called-AE-not-recognized:" + ScpAudit.clean(called));
        } else if (!scp.callingAllowed(calling)) {
            rejection = new Rejection(1, 1, 3, "calling-AE-not-allowed:" + ScpAudit.clean(calling));
        } else if (!scp.hostAllowed(socket.getInetAddress())) {
            rejection = new Rejection(1, 1, 1, "peer-address-not-allowed:" + socket.getInetAddress().getHostAddress());
        } else if (preset != null) {
            rejection = preset;
        }
        if (rejection != null) {
            out.write(new byte[] { 0x03, 0, 0, 0, 0, 4, 0, (byte) rejection.result(), (byte) rejection.source(), (byte) rejection.reason() });
            out.flush();
            closeGracefully();
            return rejection;
        }
        ByteArrayOutputStream ac = new ByteArrayOutputStream();
        ac.write(0);
        ac.write(1);
        ac.write(0);
        ac.write(0);
        ac.writeBytes(calledRaw);
        ac.writeBytes(callingRaw);
        ac.writeBytes(new byte[32]);
        item(ac, 0x10, APPLICATION_CONTEXT.getBytes(StandardCharsets.US_ASCII));
        for (Map.Entry<Integer, String> pc : abstractSyntaxes.entrySet()) {
            String abstractSyntax = pc.getValue();
            List<String> offered = transferSyntaxes.get(pc.getKey());
            int result;
            String chosen = null;
            boolean verification = VERIFICATION.equals(abstractSyntax);
            if (abstractSyntax == null || !(verification || SOPClass.isStorage(abstractSyntax))) {
                result = 3; // abstract-syntax-not-supported
            } else {
                chosen = offered.stream().filter(ts -> verification ? ts.equals(IMPLICIT_LE) || ts.equals(EXPLICIT_LE) : STORAGE_SYNTAXES.contains(ts))
                        .findFirst().orElse(null);
                result = chosen == null ? 4 : 0; // transfer-syntaxes-not-supported / acceptance
            }
            if (result == 0) {
                accepted.put(pc.getKey(), new String[] { abstractSyntax, chosen });
            }
            ByteArrayOutputStream value = new ByteArrayOutputStream();
            value.write(pc.getKey());
            value.write(0);
            value.write(result);
            value.write(0);
            item(value, 0x40, (chosen == null ? IMPLICIT_LE : chosen).getBytes(StandardCharsets.US_ASCII));
            item(ac, 0x21, value.toByteArray());
        }
        ByteArrayOutputStream user = new ByteArrayOutputStream();
        item(user, 0x51, ByteBuffer.allocate(4).putInt(scp.limits().maxPduBytes()).array());
        item(user, 0x52, IncomingInstance.IMPLEMENTATION_CLASS_UID.getBytes(StandardCharsets.US_ASCII));
        item(user, 0x55, IncomingInstance.IMPLEMENTATION_VERSION.getBytes(StandardCharsets.US_ASCII));
        item(ac, 0x50, user.toByteArray());
        writePdu(0x02, ac.toByteArray());
        return null;
    }

    private static String string(ByteBuffer b, int length) {
        byte[] bytes = new byte[length];
        b.get(bytes);
        return new String(bytes, StandardCharsets.US_ASCII).replace('\0', ' ').strip();
    }

    private static void item(ByteArrayOutputStream out, int type, byte[] value) {
        out.write(type);
        out.write(0);
        out.write(value.length >> 8);
        out.write(value.length);
        out.writeBytes(value);
    }

    private void writePdu(int type, byte[] body) throws IOException {
        byte[] pdu = ByteBuffer.allocate(6 + body.length).put((byte) type).put((byte) 0).putInt(body.length).put(body).array();
        out.write(pdu);
        out.flush();
    }

    private void sendAbort(int reason) {
        try {
            out.write(new byte[] { 0x07, 0, 0, 0, 0, 4, 0, 0, 2, (byte) reason });
            out.flush();
            closeGracefully();
        } catch (IOException | RuntimeException ignored) {
            // the peer is gone
        }
    }

    /**
     * Half-closes and reads what the peer still sends (at most 1 MiB, 1 s) before the socket closes: closing
     * with unread data would reset the connection and the peer might lose our A-ABORT or A-ASSOCIATE-RJ.
     */
    private void closeGracefully() {
        try {
            socket.shutdownOutput();
            socket.setSoTimeout(1000);
            long deadline = System.nanoTime() + 1_000_000_000L;
            byte[] sink = new byte[8192];
            long drained = 0;
            int n;
            while (drained < (1 << 20) && System.nanoTime() < deadline && (n = socket.getInputStream().read(sink)) >= 0) {
                drained += n;
            }
        } catch (IOException | RuntimeException ignored) {
            // closing anyway
        }
    }

    // ---- data transfer ------------------------------------------------------------------------------------

    /** Receives PDUs until release or abort; returns the outcome. */
    private String serve() throws IOException, Abort {
        byte[] buffer = new byte[0];
        while (true) {
            int type = in.read();
            if (type < 0) {
                throw new EOFException();
            }
            in.readUnsignedByte();
            long length = in.readInt() & 0xFFFFFFFFL;
            switch (type) {
            case 0x04 -> {
                if (length > scp.limits().maxPduBytes()) {
                    throw new Abort(6, "P-DATA-TF of " + length + " bytes exceeds our maximum length " + scp.limits().maxPduBytes());
                }
                if (buffer.length < length) {
                    buffer = new byte[(int) length];
                }
                in.readFully(buffer, 0, (int) length);
                pdata(buffer, (int) length);
            }
            case 0x05 -> {
                if (length != 4) {
                    throw new Abort(6, "A-RELEASE-RQ of length " + length);
                }
                in.readInt();
                if (transfer != null) {
                    throw new Abort(2, "A-RELEASE-RQ in the middle of a C-STORE");
                }
                writePdu(0x06, new byte[4]);
                return "released";
            }
            case 0x07 -> {
                if (transfer != null) {
                    scp.listener().failed("association from " + label() + " aborted by the sender; the instance in transfer was not stored");
                }
                return "aborted-by-peer";
            }
            default -> throw new Abort(type <= 0x07 ? 2 : 1, "peer sent an unexpected PDU type " + type);
            }
        }
    }

    private void pdata(byte[] pdu, int length) throws IOException, Abort {
        int at = 0;
        while (at < length) {
            if (length - at < 6) {
                throw new Abort(6, "truncated PDV item");
            }
            long itemLength = ByteBuffer.wrap(pdu, at, 4).getInt() & 0xFFFFFFFFL;
            if (itemLength < 2 || itemLength > length - at - 4) {
                throw new Abort(6, "PDV item length " + itemLength + " overruns its PDU");
            }
            int pcId = pdu[at + 4] & 0xFF;
            int header = pdu[at + 5] & 0xFF;
            int dataAt = at + 6;
            int dataLength = (int) itemLength - 2;
            at += 4 + (int) itemLength;
            String[] pc = accepted.get(pcId);
            if (pc == null) {
                throw new Abort(6, "PDV for presentation context " + pcId + ", which was not accepted");
            }
            boolean last = (header & 2) != 0;
            if ((header & 1) != 0) {
                if (transfer != null) {
                    throw new Abort(2, "command fragment while a data set was expected");
                }
                if (command.size() + dataLength > MAX_COMMAND_BYTES) {
                    throw new Abort(6, "command set larger than " + MAX_COMMAND_BYTES + " bytes");
                }
                command.write(pdu, dataAt, dataLength);
                if (last) {
                    byte[] bytes = command.toByteArray();
                    command.reset();
                    command(pcId, pc, bytes);
                }
            } else {
                if (transfer == null || transfer.pcId != pcId) {
                    throw new Abort(2, "data set fragment without a C-STORE command on its presentation context");
                }
                data(pdu, dataAt, dataLength, last);
            }
        }
    }

    private void command(int pcId, String[] pc, byte[] bytes) throws IOException, Abort {
        Map<Integer, byte[]> elements = new HashMap<>();
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        while (b.remaining() >= 8) {
            int tag = (b.getShort() & 0xFFFF) << 16 | (b.getShort() & 0xFFFF);
            long length = b.getInt() & 0xFFFFFFFFL;
            if (length > b.remaining() || (tag >>> 16) != 0) {
                throw new Abort(6, "malformed command set");
            }
            byte[] value = new byte[(int) length];
            b.get(value);
            elements.put(tag, value);
        }
        int field = us(elements.get(0x00000100));
        int messageId = us(elements.get(0x00000110));
        int dataSetType = us(elements.get(0x00000800));
        if (field == C_ECHO_RQ) {
            Map<Integer, byte[]> rsp = new LinkedHashMap<>();
            rsp.put(0x00000002, uidValue(VERIFICATION));
            rsp.put(0x00000100, us(0x8030));
            rsp.put(0x00000120, us(messageId));
            rsp.put(0x00000800, us(NO_DATA_SET));
            rsp.put(0x00000900, us(IncomingInstance.SUCCESS));
            sendCommand(pcId, rsp);
            scp.audit().log("echo", "peer", peer, "calling", calling, "called", called, "status", "0x0000");
            return;
        }
        if (field != C_STORE_RQ || dataSetType == NO_DATA_SET || dataSetType < 0) {
            throw new Abort(2, String.format("unsupported DIMSE command 0x%04X", field));
        }
        Transfer t = new Transfer();
        t.pcId = pcId;
        t.messageId = messageId;
        t.sopClass = text(elements.get(0x00000002));
        t.sopInstance = text(elements.get(0x00001000));
        if (!IncomingInstance.isUid(t.sopClass) || !IncomingInstance.isUid(t.sopInstance)) {
            t.status = IncomingInstance.CANNOT_UNDERSTAND;
            t.message = "the command's Affected SOP Class/Instance UID is not a valid UID (PS3.5 9.1)";
        } else if (!t.sopClass.equals(pc[0])) {
            t.status = IncomingInstance.REFUSED_SOP_CLASS;
            t.message = "the SOP Class differs from the presentation context's abstract syntax " + pc[0];
        } else {
            try {
                t.file = new IncomingInstance(scp.incoming(), t.sopClass, t.sopInstance, pc[1], calling);
            } catch (IOException e) {
                t.status = IncomingInstance.OUT_OF_RESOURCES;
                t.message = "cannot write: " + e.getMessage();
            }
        }
        transfer = t;
    }

    private void data(byte[] pdu, int at, int length, boolean last) throws IOException, Abort {
        Transfer t = transfer;
        t.bytes += length;
        if (t.bytes > scp.limits().maxObjectBytes()) {
            throw new Abort(0, "data set larger than " + scp.limits().maxObjectBytes() + " bytes");
        }
        if (t.file != null) {
            try {
                t.file.write(pdu, at, length);
            } catch (IOException e) {
                t.file.discard(); // at once: a full disk keeps no partial file
                t.file = null;
                t.status = IncomingInstance.OUT_OF_RESOURCES;
                t.message = "cannot write: " + e.getMessage();
            }
        }
        if (!last) {
            return;
        }
        IncomingInstance.Outcome outcome = t.file != null ? t.file.finish(scp.storeReal()) : IncomingInstance.Outcome.failure(t.status, t.message);
        t.file = null;
        transfer = null;
        Map<Integer, byte[]> rsp = new LinkedHashMap<>();
        rsp.put(0x00000002, IncomingInstance.isUid(t.sopClass) ? uidValue(t.sopClass) : new byte[0]);
        rsp.put(0x00000100, us(0x8001));
        rsp.put(0x00000120, us(t.messageId));
        rsp.put(0x00000800, us(NO_DATA_SET));
        rsp.put(0x00000900, us(outcome.status()));
        if (outcome.status() != IncomingInstance.SUCCESS) {
            String comment = ScpAudit.clean(outcome.message()).replace('\\', '/');
            rsp.put(0x00000902, pad(comment.substring(0, Math.min(64, comment.length())), ' '));
        }
        rsp.put(0x00001000, IncomingInstance.isUid(t.sopInstance) ? uidValue(t.sopInstance) : new byte[0]);
        String status = String.format("0x%04X", outcome.status());
        scp.audit().log("instance", "peer", peer, "calling", calling, "called", called, "sop-class", t.sopClass, "sop-instance", t.sopInstance,
                "bytes", t.bytes, "status", status, "outcome", outcome.status() == 0 ? "stored" : "failed", "reason",
                outcome.status() == 0 ? "-" : outcome.message());
        if (outcome.status() == IncomingInstance.SUCCESS) {
            stored++;
            scp.listener().stored(outcome.modality(), outcome.study(), outcome.series(), outcome.file());
        } else {
            failed++;
            scp.listener().failed("instance " + ScpAudit.clean(t.sopInstance) + " from " + label() + " not stored (status " + status + "): "
                    + outcome.message());
        }
        sendCommand(t.pcId, rsp);
    }

    private void sendCommand(int pcId, Map<Integer, byte[]> elements) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        elements.forEach((tag, value) -> {
            body.writeBytes(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putShort((short) (tag >>> 16)).putShort(tag.shortValue())
                    .putInt(value.length).array());
            body.writeBytes(value);
        });
        ByteArrayOutputStream cmd = new ByteArrayOutputStream();
        cmd.writeBytes(ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN).putInt(0).putInt(4).putInt(body.size()).array()); // (0000,0000) UL
        cmd.writeBytes(body.toByteArray());
        byte[] bytes = cmd.toByteArray();
        // PDVs no larger than the peer's maximum length (0: unlimited; PS3.8 D.1)
        int chunk = peerMaxPdu >= 8 ? (int) Math.min(bytes.length, peerMaxPdu - 6) : bytes.length;
        for (int at = 0; at < bytes.length; at += chunk) {
            int n = Math.min(chunk, bytes.length - at);
            boolean last = at + n == bytes.length;
            ByteBuffer pdv = ByteBuffer.allocate(6 + n).putInt(n + 2).put((byte) pcId).put((byte) (last ? 3 : 1)).put(bytes, at, n);
            writePdu(0x04, pdv.array());
        }
    }

    private static int us(byte[] value) {
        return value == null || value.length != 2 ? -1 : (value[0] & 0xFF) | (value[1] & 0xFF) << 8;
    }

    private static byte[] us(int value) {
        return new byte[] { (byte) value, (byte) (value >> 8) };
    }

    private static String text(byte[] value) {
        return value == null ? null : new String(value, StandardCharsets.US_ASCII).replace('\0', ' ').strip();
    }

    private static byte[] uidValue(String uid) {
        return pad(uid, '\0');
    }

    private static byte[] pad(String s, char padding) {
        return (s.length() % 2 == 0 ? s : s + padding).getBytes(StandardCharsets.US_ASCII);
    }
}
