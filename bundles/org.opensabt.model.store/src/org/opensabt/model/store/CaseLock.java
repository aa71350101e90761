package org.opensabt.model.store;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The exclusive write lock of one case folder. The truth is an OS file lock ({@link FileChannel#tryLock()},
 * an fcntl lock on Linux) on {@code <case>/.lock}, which the kernel releases when the holding process
 * dies. The file itself only says who holds it (pid, host, command, start time), so a refused writer can
 * name the holder. A clean release appends a {@code released:} line, after a {@code saved:} line if the
 * holder saved the case; a holder that did not save puts back the record of the last one that did, so
 * the file names the last writer of the case. A lock file without a {@code released:} line whose OS
 * lock is free was left by a process that ended without releasing it: it is taken over and
 * {@link #takenOverFrom()} names that process.
 * <p>
 * The OS lock belongs to the whole JVM, so within one JVM a table of the folders locked here tells the
 * threads apart. The thread holding a folder may lock it again (nested: a command's load-to-save span
 * around the store's own save); each {@link #acquire} is matched by one {@link #close()}.
 */
public final class CaseLock implements AutoCloseable {

    /** The lock file inside the case folder. */
    public static final String LOCK_FILE = ".lock";
    private static final int MAX_CONTENT_BYTES = 4096;
    private static final Map<Path, CaseLock> HELD = new HashMap<>();
    private static final InheritableThreadLocal<String> ACTIVITY = new InheritableThreadLocal<>();
    private static volatile String hostName;

    private final Path caseDir;
    private final Path key;
    private final FileChannel channel;
    private final FileLock fileLock;
    private final Thread owner;
    private final Map<String, String> content;
    private final Map<String, String> previous;
    private final String takenOverFrom;
    private int depth = 1;
    private boolean saved;
    private boolean takeOverNoticed;

    private CaseLock(Path caseDir, Path key, FileChannel channel, FileLock fileLock, Map<String, String> content,
            Map<String, String> previous, String takenOverFrom) {
        this.caseDir = caseDir;
        this.key = key;
        this.channel = channel;
        this.fileLock = fileLock;
        this.owner = Thread.currentThread();
        this.content = content;
        this.previous = previous;
        this.takenOverFrom = takenOverFrom;
    }

    /**
     * Names what this thread (and threads it starts) is doing, e.g. "opensabt plan"; written into the lock
     * files it takes so that refused writers can name it. {@code null} forgets it.
     */
    public static void setActivity(String activity) {
        if (activity == null) {
            ACTIVITY.remove();
        } else {
            ACTIVITY.set(activity);
        }
    }

    /** What this thread is doing, or null if nobody said. */
    public static String activity() {
        return ACTIVITY.get();
    }

    /**
     * Takes the write lock of {@code caseDir} (created if missing) for {@code holder}, or refuses at once
     * with a {@link CaseLockedException} naming the writer that has it.
     */
    public static CaseLock acquire(Path caseDir, String holder) throws IOException {
        Path key;
        try {
            Files.createDirectories(caseDir);
            key = caseDir.toRealPath();
        } catch (IOException e) {
            throw new CaseSaveException("cannot create the case folder " + caseDir + " (" + CaseStore.reason(e) + "); case not saved", e);
        }
        CaseLock lock = tryAcquire(caseDir, key, holder);
        if (lock == null) { // another process has it: named outside the table's monitor (this may wait a little)
            throw locked(caseDir, holderOf(key.resolve(LOCK_FILE)));
        }
        return lock;
    }

    /** The lock, or null if another process holds the OS lock. */
    private static CaseLock tryAcquire(Path caseDir, Path key, String holder) throws IOException {
        synchronized (HELD) {
            CaseLock held = HELD.get(key);
            if (held != null) {
                if (held.owner == Thread.currentThread()) {
                    held.depth++;
                    return held;
                }
                throw locked(caseDir, held.content);
            }
            Path file = key.resolve(LOCK_FILE);
            FileChannel channel;
            try {
                channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            } catch (IOException e) {
                throw new CaseSaveException("cannot open the lock file " + file + " (" + CaseStore.reason(e) + "); case not saved", e);
            }
            try {
                FileLock fileLock;
                try {
                    fileLock = channel.tryLock();
                } catch (OverlappingFileLockException e) {
                    fileLock = null; // held in this JVM outside this class; cannot happen through CaseLock
                } catch (IOException e) {
                    throw new CaseSaveException("cannot lock " + file + " (" + CaseStore.reason(e) + "); case not saved", e);
                }
                if (fileLock == null) {
                    closeQuietly(channel, null);
                    return null;
                }
                Map<String, String> previous = read(channel);
                String takenOver = previous.isEmpty() || previous.containsKey("released") ? null : staleDescription(previous);
                Map<String, String> content = new LinkedHashMap<>();
                content.put("pid", String.valueOf(ProcessHandle.current().pid()));
                content.put("host", host());
                content.put("command", holder == null || holder.isBlank() ? "OpenSABT" : holder.replaceAll("[\\r\\n]+", " "));
                content.put("since", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
                try {
                    channel.truncate(0);
                    write(channel, format(content), 0);
                    channel.force(false);
                } catch (IOException e) {
                    throw new CaseSaveException("cannot write the lock file " + file + " (" + CaseStore.reason(e) + "); case not saved", e);
                }
                CaseLock lock = new CaseLock(caseDir, key, channel, fileLock, content, previous, takenOver);
                HELD.put(key, lock);
                return lock;
            } catch (IOException | RuntimeException | Error e) {
                closeQuietly(channel, e);
                throw e;
            }
        }
    }

    /** The folder this lock guards. */
    public Path caseDir() {
        return caseDir;
    }

    /**
     * The process that left this lock behind without releasing it (it died or was killed), or null when
     * the lock was free and clean.
     */
    public String takenOverFrom() {
        return takenOverFrom;
    }

    /** True the first time it is asked after a stale lock was taken over (nested acquisitions share the lock). */
    synchronized boolean firstTakeOverNotice() {
        if (takenOverFrom == null || takeOverNoticed) {
            return false;
        }
        takeOverNoticed = true;
        return true;
    }

    /** The command that last saved the case (from the lock file), or null if unknown. */
    String lastSavedBy() {
        return previous.containsKey("saved") ? previous.get("command") : null;
    }

    /** Records that the holder committed a new case version (written into the lock file at release). */
    void markSaved() {
        saved = true;
    }

    /** Releases the lock (the outermost {@link #close()} of this thread's nested acquisitions). */
    @Override
    public void close() {
        synchronized (HELD) {
            if (--depth > 0) {
                return;
            }
            HELD.remove(key);
            try {
                String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
                if (saved || !previous.containsKey("saved")) {
                    write(channel, (saved ? "saved: " + now + "\n" : "") + "released: " + now + "\n", channel.size());
                } else {
                    channel.truncate(0); // nothing saved: the record of the last writer stays
                    write(channel, format(previous), 0);
                }
            } catch (IOException e) {
                // the OS lock goes with the channel below; the next writer would only report a stale lock
            }
            try {
                fileLock.release();
            } catch (IOException e) {
                // closing the channel releases it as well
            }
            closeQuietly(channel, null);
        }
    }

    /**
     * The holder's record, read again for up to half a second while it is still being written (the holder
     * writes it just after taking the OS lock; until then the file holds the previous holder's record).
     */
    private static Map<String, String> holderOf(Path file) throws IOException {
        Map<String, String> holder = read(file);
        for (int i = 0; i < 25 && (holder.isEmpty() || holder.containsKey("released")); i++) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            holder = read(file);
        }
        return holder;
    }

    private static CaseLockedException locked(Path caseDir, Map<String, String> holder) {
        String who = holder.isEmpty() || holder.containsKey("released") ? "another process (which has not written its name yet)"
                : describe(holder);
        return new CaseLockedException("case " + caseDir + " is being written by " + who + "; try again when it finishes");
    }

    private static String describe(Map<String, String> holder) {
        return holder.getOrDefault("command", "another process") + " (pid " + holder.getOrDefault("pid", "?") + " on host "
                + holder.getOrDefault("host", "?") + ", since " + holder.getOrDefault("since", "?") + ")";
    }

    private static String staleDescription(Map<String, String> holder) {
        String text = describe(holder);
        try {
            long pid = Long.parseLong(holder.getOrDefault("pid", ""));
            if (host().equals(holder.get("host")) && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                return text + ", whose process is still running but no longer holds the lock";
            }
        } catch (NumberFormatException e) {
            // not ours to judge: the description says what the file said
        }
        return text;
    }

    private static Map<String, String> read(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return read(channel);
        } catch (java.nio.file.NoSuchFileException e) {
            return Map.of();
        }
    }

    private static Map<String, String> read(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(MAX_CONTENT_BYTES);
        long position = 0;
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer, position);
            if (n < 0) {
                break;
            }
            position += n;
        }
        Map<String, String> map = new LinkedHashMap<>();
        for (String line : new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                map.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
            }
        }
        return map;
    }

    private static String format(Map<String, String> content) {
        StringBuilder text = new StringBuilder();
        content.forEach((k, v) -> text.append(k).append(": ").append(v).append('\n'));
        return text.toString();
    }

    private static void write(FileChannel channel, String text, long position) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
        while (buffer.hasRemaining()) {
            position += channel.write(buffer, position);
        }
    }

    private static void closeQuietly(FileChannel channel, Throwable primary) {
        try {
            channel.close();
        } catch (IOException e) {
            if (primary != null) {
                primary.addSuppressed(e);
            }
        }
    }

    static String host() {
        String name = hostName;
        if (name == null) {
            try {
                name = InetAddress.getLocalHost().getHostName();
            } catch (IOException e) {
                name = System.getenv().getOrDefault("HOSTNAME", "unknown-host");
            }
            hostName = name;
        }
        return name;
    }
}
