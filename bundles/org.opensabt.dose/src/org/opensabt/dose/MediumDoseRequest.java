package org.opensabt.dose;

import java.nio.file.Path;
import java.util.List;

import org.opensabt.dose.source.SeedSource;
import org.opensabt.model.geometry.GridGeometry;

/**
 * What a {@link MediumDoseEngine} computes.
 *
 * @param grid          the dose grid (patient LPS mm)
 * @param ctGrid        geometry of the CT the medium is made from
 * @param ctHu          the CT numbers (HU), column index fastest, as {@code ctGrid}
 * @param histories     photon histories to simulate; 0: the engine's default for this many seeds
 * @param randomSeed    seed of the random numbers: the same request and seed give the same bits whatever the thread count
 * @param ctCalibration a CT-number-to-tissue calibration file; null: the engine's preference or built-in one
 * @since 1.2
 */
public record MediumDoseRequest(SeedSource source, List<SeedPlacement> seeds, GridGeometry grid, GridGeometry ctGrid, short[] ctHu,
        int threads, long histories, long randomSeed, Path ctCalibration) {

    public MediumDoseRequest {
        seeds = List.copyOf(seeds);
        if (ctHu.length != (long) ctGrid.columns() * ctGrid.rows() * ctGrid.slices()) {
            throw new IllegalArgumentException("the CT has " + ctHu.length + " voxels, its geometry " + ctGrid.columns() + "×" + ctGrid.rows() + "×"
                    + ctGrid.slices());
        }
        if (histories < 0) {
            throw new IllegalArgumentException("histories must be 0 (the engine's default) or positive, is " + histories);
        }
    }
}
