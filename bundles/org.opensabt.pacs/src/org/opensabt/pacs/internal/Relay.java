package org.opensabt.pacs.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/**
 * One association's connection to a PACS, relayed through a socket on loopback that the DICOM toolkit connects
 * to: the connection to the PACS (plain or DICOM TLS, PS3.15 B.1/B.9 with TLS 1.2+) is opened here with a connect
 * timeout and an idle timeout, and {@link #close} ends the association at once wherever the toolkit is blocked
 * (cancel). The loopback socket accepts exactly one connection, from a loopback address and, where {@code /proc} tells
 * (Linux), from a socket of this process: another local process that races the toolkit to the port is dropped, so it
 * can never speak to the PACS under our TLS client certificate. Then it stops listening.
 */
public final class Relay implements AutoCloseable {

    private final Socket upstream;
    private final ServerSocket server;
    private final int timeoutMs;
    private volatile Socket local;
    private volatile String closedBecause;

    /**
     * Connects to the PACS; the message of a failure says why (refused, unknown host, timed out, TLS handshake).
     *
     * @param tls null for plain TCP
     */
    public Relay(String host, int port, SSLContext tls, boolean verifyHostname, int timeoutMs) throws IOException {
        this.timeoutMs = timeoutMs;
        Socket plain = new Socket();
        try {
            plain.connect(new InetSocketAddress(host, port), timeoutMs);
            plain.setTcpNoDelay(true);
            if (tls != null) {
                SSLSocket ssl = (SSLSocket) tls.getSocketFactory().createSocket(plain, host, port, true);
                Set<String> supported = Set.of(ssl.getSupportedProtocols());
                SSLParameters params = ssl.getSSLParameters();
                params.setProtocols(Stream.of("TLSv1.3", "TLSv1.2").filter(supported::contains).toArray(String[]::new));
                if (verifyHostname) {
                    params.setEndpointIdentificationAlgorithm("HTTPS");
                }
                ssl.setSSLParameters(params);
                ssl.setSoTimeout(timeoutMs);
                ssl.startHandshake();
                upstream = ssl;
            } else {
                upstream = plain;
            }
            upstream.setSoTimeout(timeoutMs);
            server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
            server.setSoTimeout(timeoutMs);
        } catch (IOException | RuntimeException e) {
            plain.close();
            throw e;
        }
        Thread accept = new Thread(this::acceptAndPump, "opensabt-pacs-relay");
        accept.setDaemon(true);
        accept.start();
    }

    /** The loopback port the toolkit connects to (host {@link InetAddress#getLoopbackAddress()}). */
    public int port() {
        return server.getLocalPort();
    }

    public String host() {
        return server.getInetAddress().getHostAddress();
    }

    /** Why the relay closed before the toolkit finished (e.g. "no answer for 30 s"), or null. */
    public String closedBecause() {
        return closedBecause;
    }

    private void acceptAndPump() {
        try (ServerSocket s = server) {
            while (true) {
                Socket accepted = s.accept();
                if (accepted.getInetAddress().isLoopbackAddress() && ownSocket(accepted.getPort(), s.getLocalPort())) {
                    accepted.setTcpNoDelay(true);
                    local = accepted;
                    break;
                }
                accepted.close(); // not ours: keep waiting for the toolkit
            }
        } catch (IOException e) {
            close(e instanceof SocketTimeoutException ? "the DICOM toolkit did not connect" : null);
            return;
        }
        Thread up = new Thread(() -> pump(local, upstream), "opensabt-pacs-relay-up");
        up.setDaemon(true);
        up.start();
        pump(upstream, local);
    }

    /**
     * Whether the loopback connection from {@code clientPort} to {@code serverPort} was opened by this process: its socket
     * inode in {@code /proc/net/tcp[6]} is one of {@code /proc/self/fd}'s. True where there is no {@code /proc} to ask.
     */
    static boolean ownSocket(int clientPort, int serverPort) {
        Path fds = Path.of("/proc/self/fd");
        if (!Files.isDirectory(fds)) {
            return true;
        }
        String inode = null;
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            try {
                for (String line : Files.readAllLines(Path.of(table))) {
                    String[] f = line.strip().split("\\s+");
                    if (f.length > 9 && f[1].contains(":") && port(f[1]) == clientPort && port(f[2]) == serverPort) {
                        inode = f[9];
                    }
                }
            } catch (IOException | RuntimeException e) {
                // this table is not there (no IPv6) or not readable
            }
        }
        if (inode == null || inode.equals("0")) {
            return false;
        }
        String target = "socket:[" + inode + "]";
        try (DirectoryStream<Path> open = Files.newDirectoryStream(fds)) {
            for (Path fd : open) {
                try {
                    if (Files.readSymbolicLink(fd).toString().equals(target)) {
                        return true;
                    }
                } catch (IOException | UnsupportedOperationException e) {
                    // closed meanwhile
                }
            }
        } catch (IOException e) {
            return false;
        }
        return false;
    }

    private static int port(String hexAddress) {
        return Integer.parseInt(hexAddress.substring(hexAddress.lastIndexOf(':') + 1), 16);
    }

    private void pump(Socket from, Socket to) {
        byte[] buffer = new byte[64 * 1024];
        try {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            int n;
            while ((n = in.read(buffer)) >= 0) {
                out.write(buffer, 0, n);
                out.flush();
            }
            // orderly end: let the other side see it too
            try {
                to.shutdownOutput();
            } catch (UnsupportedOperationException e) {
                to.close(); // an SSLSocket that cannot half-close
            }
        } catch (SocketTimeoutException e) {
            close(String.format(Locale.ROOT, "no answer for %d s", timeoutMs / 1000));
        } catch (IOException e) {
            close(null);
        }
    }

    /** Ends the association now; {@code why} (may be null) is kept for {@link #closedBecause()} if it is the first reason. */
    public synchronized void close(String why) {
        if (closedBecause == null && why != null) {
            closedBecause = why;
        }
        quietly(server);
        quietly(local);
        quietly(upstream);
    }

    @Override
    public void close() {
        close(null);
    }

    private static void quietly(AutoCloseable c) {
        if (c != null) {
            try {
                c.close();
            } catch (Exception e) {
                // closing anyway
            }
        }
    }
}
