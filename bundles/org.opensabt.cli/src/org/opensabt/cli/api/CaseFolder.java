package org.opensabt.cli.api;

import java.io.IOException;
import java.nio.file.Path;

import org.opensabt.model.PatientCase;
import org.opensabt.model.store.CaseStore;

/** A case opened by a command: its folder, the store that loaded it, and the case; load and save errors become command errors. */
public record CaseFolder(Path dir, CaseStore store, PatientCase patientCase) {

    /** Loads the case in {@code folder} (resolved against the working directory). */
    public static CaseFolder open(CommandContext context, String folder) throws CommandException {
        Path dir = context.resolve(folder);
        CaseStore store = new CaseStore(context.productVersion()).onNotice(notice -> context.progress("warning: " + notice));
        try {
            return new CaseFolder(dir, store, store.load(dir));
        } catch (IOException e) {
            throw new CommandException(e.getMessage(), e);
        }
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
}
