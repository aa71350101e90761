package org.opensabt.dicom.pixelmed;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Refuses associations from calling AE titles that are not allowed, the way PS3.8 9.3.4 provides:
 * an A-ASSOCIATE-RJ with result "rejected-permanent", source "service-user", reason "calling-AE-title-
 * not-recognized". PixelMed's SCP accepts any calling AE, so the gate listens on the public port, reads
 * the A-ASSOCIATE-RQ, and either rejects it or hands the connection (that PDU included) to PixelMed on
 * a loopback port, relaying bytes both ways until either side closes.
 */
final class AssociationGate implements AutoCloseable {

    private static final int ASSOCIATE_RQ = 0x01;
    private static final int MAX_RQ_BYTES = 1 << 20;

    private final ServerSocket server;
    private final int innerPort;
    private final Set<String> allowed;
    private final Consumer<String> rejected;
    private volatile boolean closed;

    AssociationGate(int port, int innerPort, Set<String> allowed, Consumer<String> rejected) throws IOException {
        this.server = new ServerSocket(port);
        this.innerPort = innerPort;
        this.allowed = allowed;
        this.rejected = rejected;
        Thread accept = new Thread(this::acceptLoop, "opensabt-listen-gate");
        accept.setDaemon(true);
        accept.start();
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket client = server.accept();
                Thread t = new Thread(() -> handle(client), "opensabt-listen-gate-" + client.getPort());
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                if (closed) {
                    return;
                }
            }
        }
    }

    private void handle(Socket client) {
        try (client) {
            DataInputStream in = new DataInputStream(client.getInputStream());
            byte[] header = new byte[6];
            in.readFully(header);
            long length = ((header[2] & 0xFFL) << 24) | ((header[3] & 0xFFL) << 16) | ((header[4] & 0xFFL) << 8) | (header[5] & 0xFFL);
            if ((header[0] & 0xFF) != ASSOCIATE_RQ || length < 36 || length > MAX_RQ_BYTES) {
                return; // not an association request: nothing for the SCP to answer
            }
            byte[] body = new byte[(int) length];
            in.readFully(body);
            // A-ASSOCIATE-RQ after the PDU header: version (2), reserved (2), called AE (16), calling AE (16); PS3.8 9.3.2
            String callingAe = new String(body, 20, 16, StandardCharsets.US_ASCII).trim();
            if (!allowed.contains(callingAe)) {
                OutputStream out = client.getOutputStream();
                out.write(new byte[] { 0x03, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x01, 0x01, 0x03 });
                out.flush();
                rejected.accept(callingAe);
                return;
            }
            try (Socket inner = new Socket(InetAddress.getLoopbackAddress(), innerPort)) {
                OutputStream toInner = inner.getOutputStream();
                toInner.write(header);
                toInner.write(body);
                toInner.flush();
                Thread back = new Thread(() -> relay(inner, client), "opensabt-listen-relay");
                back.setDaemon(true);
                back.start();
                relay(client, inner);
                back.join();
            }
        } catch (IOException e) {
            // the peer went away: an aborted association; what was stored stays
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void relay(Socket from, Socket to) {
        byte[] buffer = new byte[65536];
        try {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            int n;
            while ((n = in.read(buffer)) >= 0) {
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException e) {
            // either side closed
        } finally {
            try {
                to.shutdownOutput();
            } catch (IOException ignored) {
                // already closed
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            server.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }
}
