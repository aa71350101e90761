package org.opensabt.phantoms;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.opensabt.model.PatientCase;
import org.opensabt.model.store.CaseStore;

/**
 * Synthetic planning phantoms as new cases ({@link Phantom}), shared by {@code opensabt phantom}, the
 * workbench and tests: {@link #build} makes the case in memory, {@link #save} writes it into a case folder.
 */
public final class Phantoms {

    /**
     * @param targetCc GTV volume (cc, 0–400)
     * @param oarGapMm gap between the GTV and OAR surfaces (mm), or null for no OAR
     * @param boneSlab add a 10 mm bone slab (AVOID) between the GTV and the anterior skin
     * @param pixelMm  in-plane CT spacing (mm, 0.5–3)
     * @param sliceMm  CT slice spacing (mm, 0.5–5)
     */
    public record Request(double targetCc, Double oarGapMm, boolean boneSlab, double pixelMm, double sliceMm) {
    }

    /** The new case (not saved) and the phantom it was built from. */
    public record Result(PatientCase patientCase, Phantom phantom) {
        public double targetRadiusMm() {
            return phantom.targetRadiusMm();
        }
    }

    private Phantoms() {
    }

    public static Result build(Request request, IProgressMonitor monitor) throws PhantomException {
        SubMonitor progress = SubMonitor.convert(monitor, "Phantom", 1);
        Phantom phantom;
        try {
            phantom = new Phantom(request.targetCc(), request.oarGapMm() == null ? Double.NaN : request.oarGapMm(), request.boneSlab(), request.pixelMm(),
                    request.sliceMm());
        } catch (IllegalArgumentException e) {
            throw new PhantomException(e.getMessage(), e);
        }
        PatientCase c = phantom.build();
        if (progress.isCanceled()) {
            throw new OperationCanceledException();
        }
        progress.worked(1);
        return new Result(c, phantom);
    }

    /**
     * Saves the phantom's case into {@code dir} (atomically, under the folder's write lock). Without
     * {@code replace} the save is refused if the folder holds a case by then.
     * A result once saved without {@code replace} stays a new case: to replace after a refusal, build it again.
     */
    public static void save(Result result, Path dir, boolean replace, CaseStore store) throws IOException {
        if (!replace) {
            CaseStore.expectNewFolder(result.patientCase());
        }
        store.save(result.patientCase(), dir);
    }
}
