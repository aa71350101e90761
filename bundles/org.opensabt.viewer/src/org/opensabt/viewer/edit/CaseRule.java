package org.opensabt.viewer.edit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.jobs.ISchedulingRule;

/**
 * The scheduling rule of one case folder: every Job that reads or changes a case runs under its rule, so
 * two jobs on the same case never run at once while jobs on different cases (or on no case) do. Rules of
 * the same folder (same real path) conflict even when they are different objects.
 */
public final class CaseRule implements ISchedulingRule {

    private final Path folder;

    private CaseRule(Path folder) {
        this.folder = folder;
    }

    /** The rule of a case folder (which need not exist yet, e.g. the target of an import). */
    public static CaseRule of(Path caseFolder) {
        Path absolute = caseFolder.toAbsolutePath().normalize();
        try {
            return new CaseRule(Files.exists(absolute) ? absolute.toRealPath() : absolute);
        } catch (IOException e) {
            return new CaseRule(absolute);
        }
    }

    public Path folder() {
        return folder;
    }

    @Override
    public boolean contains(ISchedulingRule rule) {
        return isConflicting(rule);
    }

    @Override
    public boolean isConflicting(ISchedulingRule rule) {
        return rule instanceof CaseRule other && other.folder.equals(folder);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CaseRule other && other.folder.equals(folder);
    }

    @Override
    public int hashCode() {
        return folder.hashCode();
    }

    @Override
    public String toString() {
        return "case " + folder;
    }
}
