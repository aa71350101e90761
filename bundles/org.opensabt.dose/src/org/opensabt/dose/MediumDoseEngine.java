package org.opensabt.dose;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * A model-based dose engine (AAPM TG-186, Beaulieu et al., Med Phys 39:6208-6236, 2012): it transports the seeds'
 * radiation through the patient's tissues, made from the CT, instead of assuming water. Registered as a
 * {@link DoseEngine} service like any engine; {@code CaseDose} gives it the case's CT.
 *
 * @since 1.2
 */
public interface MediumDoseEngine extends DoseEngine {

    /**
     * Dose rates to medium and to water in medium, with the statistical uncertainty per voxel.
     *
     * @param monitor progress and cancel (null allowed)
     * @throws IllegalArgumentException bad input (a seed outside the CT, an unreadable calibration), in one line
     * @throws InterruptedException     cancelled
     */
    MediumDose doseRate(MediumDoseRequest request, IProgressMonitor monitor) throws InterruptedException;
}
