package org.opensabt.dose.mc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.opensabt.model.geometry.GridGeometry;

/** Test CTs and calibrations, written here (not by the product). */
final class TestCts {

    private TestCts() {
    }

    /** 40 HU everywhere but {@code hu} for x in [fromMm, toMm). */
    static short[] slab(GridGeometry grid, double fromMm, double toMm, short hu) {
        short[] ct = new short[grid.voxelCount()];
        for (int s = 0; s < grid.slices(); s++) {
            for (int r = 0; r < grid.rows(); r++) {
                for (int c = 0; c < grid.columns(); c++) {
                    double x = grid.positionMm(c, r, s)[0];
                    ct[grid.index(c, r, s)] = x >= fromMm && x < toMm ? hu : 40;
                }
            }
        }
        return ct;
    }

    /** A calibration that makes every CT number liquid water at 1 g/cm³. */
    static Path allWaterCalibration(Path dir) throws IOException {
        return write(dir, "water.json", """
                {"format": "opensabt-ct-calibration/1", "name": "all water",
                 "densityCurve": [[-1000, 1.0], [3000, 1.0]],
                 "tissues": [{"tissue": "water"}],
                 "metal": {"aboveHu": 30000, "tissue": "water", "densityGPerCm3": 1.0}}
                """);
    }

    static Path write(Path dir, String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }
}
