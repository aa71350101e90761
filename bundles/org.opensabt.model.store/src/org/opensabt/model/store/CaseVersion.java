package org.opensabt.model.store;

import java.nio.file.Path;

import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.opensabt.model.PatientCase;

/**
 * Which version of which case folder an in-memory case was loaded from (or last saved to): the folder and
 * the SHA-256 of its {@code case.xmi} bytes, or "no case" for a case meant to start a new folder. Kept as
 * an EMF adapter on the {@link PatientCase}, so it travels with the case to whichever code saves it.
 */
final class CaseVersion extends AdapterImpl {

    /** The folder (real path) and the SHA-256 of its case.xmi; {@code sha256 == null}: the folder must hold no case. */
    final Path folder;
    final String sha256;

    private CaseVersion(Path folder, String sha256) {
        this.folder = folder;
        this.sha256 = sha256;
    }

    static CaseVersion of(PatientCase patientCase) {
        return (CaseVersion) patientCase.eAdapters().stream().filter(CaseVersion.class::isInstance).findFirst().orElse(null);
    }

    static void attach(PatientCase patientCase, Path folder, String sha256) {
        patientCase.eAdapters().removeIf(CaseVersion.class::isInstance);
        patientCase.eAdapters().add(new CaseVersion(folder, sha256));
    }

    @Override
    public boolean isAdapterForType(Object type) {
        return type == CaseVersion.class;
    }
}
