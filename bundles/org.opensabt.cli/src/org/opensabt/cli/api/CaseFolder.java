package org.opensabt.cli.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.opensabt.model.PatientCase;
import org.opensabt.model.store.CaseLock;
import org.opensabt.model.store.CaseStore;

/**
 * A case opened by a command: its folder, the store that loaded it, and the case; load and save errors become
 * command errors. Opened with {@link #openForWrite}, it also holds the folder's write lock until {@link #close()}.
 */
public record CaseFolder(Path dir, CaseStore store, PatientCase patientCase, CaseLock lock) implements AutoCloseable {

    /** Loads the case in {@code folder} (resolved against the working directory). */
    public static CaseFolder open(CommandContext context, String folder) throws CommandException {
        Path dir = context.resolve(folder);
        CaseStore store = store(context);
        try {
            return new CaseFolder(dir, store, store.load(dir), null);
        } catch (IOException e) {
            throw new CommandException(e.getMessage(), e);
        }
    }

    /**
     * Takes the folder's write lock, then loads the case, for a command that computes long before it saves
     * (the plan optimiser): another writer is refused at once, and the result is not lost to a writer that
     * saved meanwhile. Use in try-with-resources; {@link #close()} releases the lock.
     */
    public static CaseFolder openForWrite(CommandContext context, String folder) throws CommandException {
        Path dir = context.resolve(folder);
        CaseStore store = store(context);
        try {
            if (!Files.isDirectory(dir)) {
                store.load(dir); // names the problem; the lock would create the folder
            }
            CaseLock lock = store.lockForWrite(dir);
            try {
                return new CaseFolder(dir, store, store.load(dir), lock);
            } catch (IOException | RuntimeException e) {
                lock.close();
                throw e;
            }
        } catch (IOException e) {
            throw new CommandException(e.getMessage(), e);
        }
    }

    private static CaseStore store(CommandContext context) {
        return new CaseStore(context.productVersion()).onNotice(notice -> context.progress("warning: " + notice));
    }

    /**
     * Saves the case atomically into its folder, under the folder's write lock; refused (one line) if another
     * writer holds the lock or saved the case since it was opened here.
     */
    public void save() throws CommandException {
        try {
            store.save(patientCase, dir);
        } catch (IOException e) {
            throw new CommandException(e.getMessage(), e);
        }
    }

    /** Releases the write lock taken by {@link #openForWrite}; nothing for a case opened with {@link #open}. */
    @Override
    public void close() {
        if (lock != null) {
            lock.close();
        }
    }
}
