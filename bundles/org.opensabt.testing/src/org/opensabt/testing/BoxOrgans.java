package org.opensabt.testing;

import java.util.List;

import org.opensabt.model.Contour;
import org.opensabt.model.ImageSeries;
import org.opensabt.model.ModelFactory;
import org.opensabt.model.PatientCase;
import org.opensabt.model.RoiType;
import org.opensabt.model.Structure;

/**
 * Organs drawn as boxes into a case's first structure set, for tests of targets inside organs (a lung box around a
 * phantom's spherical GTV): the box's volume and which voxels lie in it are known without the product's rasteriser.
 */
public final class BoxOrgans {

    private BoxOrgans() {
    }

    /** A box {x0, x1, y0, y1, z0, z1} (patient LPS mm) as one rectangle on every CT slice plane it spans, typed OAR. */
    public static Structure addBox(PatientCase c, String name, double[] boxMm) {
        ImageSeries ct = c.getStudies().get(0).getSeries().get(0);
        Structure s = ModelFactory.eINSTANCE.createStructure();
        s.setName(name);
        s.setType(RoiType.OAR);
        s.setRoiNumber(10 + c.getStudies().get(0).getStructureSets().get(0).getStructures().size());
        for (int k = 0; k < ct.getSlices(); k++) {
            double z = ct.getOriginMm().get(2) + k * ct.getSpacingMm().get(2);
            if (z < boxMm[4] || z > boxMm[5]) {
                continue;
            }
            Contour contour = ModelFactory.eINSTANCE.createContour();
            double[][] corners = { { boxMm[0], boxMm[2] }, { boxMm[1], boxMm[2] }, { boxMm[1], boxMm[3] }, { boxMm[0], boxMm[3] } };
            for (double[] p : corners) {
                contour.getPointsMm().addAll(List.of(p[0], p[1], z));
            }
            s.getContours().add(contour);
        }
        c.getStudies().get(0).getStructureSets().get(0).getStructures().add(s);
        return s;
    }
}
