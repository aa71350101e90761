package org.opensabt.model.schema;

import org.opensabt.model.ModelPackage;

/**
 * Versioning of the case file format. The XML namespace carries the major version
 * ({@code http://opensabt.org/schema/case/1}); {@code PatientCase.schemaVersion} carries
 * {@code major.minor}. A minor version only adds optional data, so every reader of major N can read
 * files of major N with a minor up to its own; anything newer is refused with a clear message
 * instead of being loaded with data silently dropped.
 */
public final class CaseSchema {

    public static final String NAMESPACE_PREFIX = "http://opensabt.org/schema/case/";
    public static final int MAJOR = 1;
    public static final int MINOR = 6; // 1.1: dose grid direction cosines; 1.2: implant id, frames and seed origin/pairing;
                                       // 1.3: plan source strength reference date/time;
                                       // 1.4: plan approval (approvedBy, approvedDateTime, basedOnPlanId);
                                       // 1.5: the implant's detection (seedsExpected, otherMetal, edits, seeds' axisAssumed) and registration residual
                                       // 1.6: the lesion (tumourLocation, pathology, grade, lesionType) and follow-ups' adverse events
    public static final String VERSION = MAJOR + "." + MINOR;

    private CaseSchema() {
    }

    static {
        if (!ModelPackage.eNS_URI.equals(NAMESPACE_PREFIX + MAJOR)) {
            throw new AssertionError("opensabt.ecore nsURI " + ModelPackage.eNS_URI + " does not match schema major " + MAJOR);
        }
    }

    /**
     * Checks that a file written with the given root namespace and schema version can be read.
     *
     * @return null when readable, otherwise a one-sentence reason naming the versions
     */
    public static String whyUnreadable(String rootNamespace, String schemaVersion) {
        if (rootNamespace == null || !rootNamespace.startsWith(NAMESPACE_PREFIX)) {
            return "not an OpenSABT case file (root namespace '" + rootNamespace + "', expected " + NAMESPACE_PREFIX + MAJOR + ")";
        }
        int fileMajor;
        try {
            fileMajor = Integer.parseInt(rootNamespace.substring(NAMESPACE_PREFIX.length()));
        } catch (NumberFormatException e) {
            return "unknown case schema namespace '" + rootNamespace + "'";
        }
        int[] version = parse(schemaVersion);
        if (version == null) {
            return "schemaVersion '" + schemaVersion + "' is not of the form major.minor";
        }
        if (version[0] != fileMajor) {
            return "schemaVersion " + schemaVersion + " contradicts namespace major version " + fileMajor;
        }
        if (fileMajor > MAJOR || (fileMajor == MAJOR && version[1] > MINOR)) {
            return "written by a newer OpenSABT (case schema " + schemaVersion + "); this installation reads case schema up to "
                    + VERSION + ": update OpenSABT to open it";
        }
        if (fileMajor < MAJOR) {
            return "written with case schema " + schemaVersion + ", which this installation cannot migrate (reads " + MAJOR + ".x)";
        }
        return null;
    }

    private static int[] parse(String version) {
        if (version == null) {
            return null;
        }
        String[] parts = version.trim().split("\\.");
        if (parts.length != 2) {
            return null;
        }
        try {
            return new int[] { Integer.parseInt(parts[0]), Integer.parseInt(parts[1]) };
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
