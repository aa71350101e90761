package org.opensabt.phantoms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opensabt.model.store.CaseSummaries;
import org.opensabt.model.Contour;
import org.opensabt.model.ImageSeries;
import org.opensabt.model.PatientCase;
import org.opensabt.model.Structure;
import org.opensabt.model.store.CaseStore;

class PhantomTest {

    @TempDir
    Path tmp;

    private static Structure structure(PatientCase c, String name) {
        return c.getStudies().get(0).getStructureSets().get(0).getStructures().stream().filter(s -> s.getName().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void targetVolumesAreTheRequestedOnesByContoursAndByVoxels() {
        for (double cc : new double[] { 30, 60, 120 }) {
            PatientCase c = new Phantom(cc, Double.NaN, false, 1, 2).build();
            // contours: slab-integrated sphere sections (midpoint rule on 2 mm slices)
            double planimetric = CaseSummaries.planimetricVolumeCm3(structure(c, "GTV"));
            assertEquals(cc, planimetric, 0.01 * cc, "planimetric volume of " + cc + " cc");
            // voxels: CT voxels at target HU, independent of the contours
            ImageSeries ct = c.getStudies().get(0).getSeries().get(0);
            long n = 0;
            for (short v : ct.getVoxels()) {
                if (v == Phantom.TARGET_HU) {
                    n++;
                }
            }
            double voxelCc = n * ct.getSpacingMm().get(0) * ct.getSpacingMm().get(1) * ct.getSpacingMm().get(2) / 1000;
            assertEquals(cc, voxelCc, 0.03 * cc, "voxel volume of " + cc + " cc");
            double body = CaseSummaries.planimetricVolumeCm3(structure(c, "BODY"));
            assertEquals(8 * Phantom.BODY_HALF_X * Phantom.BODY_HALF_Y * Phantom.BODY_HALF_Z / 1000, body, 0.02 * body);
        }
    }

    @Test
    void theOarLiesTheRequestedGapFromTheTargetAndTheBoneSlabInFrontOfIt() throws Exception {
        Phantom phantom = new Phantom(60, 5, true, 1, 2);
        PatientCase c = phantom.build();
        double gap = Double.MAX_VALUE;
        for (Contour a : structure(c, "GTV").getContours()) {
            for (Contour b : structure(c, "OAR").getContours()) {
                if (!a.getPointsMm().get(2).equals(b.getPointsMm().get(2))) {
                    continue;
                }
                List<Double> p = a.getPointsMm();
                List<Double> q = b.getPointsMm();
                for (int i = 0; i < p.size(); i += 3) {
                    for (int j = 0; j < q.size(); j += 3) {
                        gap = Math.min(gap, Math.hypot(p.get(i) - q.get(j), p.get(i + 1) - q.get(j + 1)));
                    }
                }
            }
        }
        assertEquals(5, gap, 0.6, "closest in-plane distance between GTV and OAR contour points (mm)");
        double[] slab = phantom.boneSlabMm();
        assertTrue(slab[3] < -phantom.targetRadiusMm() && slab[2] > -Phantom.BODY_HALF_Y, "slab between the target and the anterior skin");
        assertEquals("AVOID", structure(c, "BONE").getType().getLiteral());
        new CaseStore().save(c, tmp.resolve("phantom"));
        PatientCase loaded = new CaseStore().load(tmp.resolve("phantom"));
        assertEquals(4, loaded.getStudies().get(0).getStructureSets().get(0).getStructures().size());
        assertThrows(IllegalArgumentException.class, () -> new Phantom(120, 40, false, 1, 2));
        assertThrows(IllegalArgumentException.class, () -> new Phantom(0, Double.NaN, false, 1, 2));
    }
}
