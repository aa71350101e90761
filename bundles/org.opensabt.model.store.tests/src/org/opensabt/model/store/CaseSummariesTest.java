package org.opensabt.model.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.opensabt.model.Contour;
import org.opensabt.model.ModelFactory;
import org.opensabt.model.Structure;

class CaseSummariesTest {

    private static Contour square(double x0, double y0, double side, double z, boolean hole) {
        Contour c = ModelFactory.eINSTANCE.createContour();
        c.getPointsMm().addAll(List.of(x0, y0, z, x0 + side, y0, z, x0 + side, y0 + side, z, x0, y0 + side, z));
        c.setHole(hole);
        return c;
    }

    @Test
    void planimetricVolumeOfStackedSquaresWithAHole() {
        Structure s = ModelFactory.eINSTANCE.createStructure();
        // 20 mm squares on 5 planes 3 mm apart, a 10 mm square hole on each: (400 - 100) mm2 * 3 mm * 5
        for (int i = 0; i < 5; i++) {
            s.getContours().add(square(-10, -10, 20, 12.0 + 3 * i, false));
            s.getContours().add(square(-5, -5, 10, 12.0 + 3 * i, true));
        }
        assertEquals(5, CaseSummaries.planes(s).size());
        assertEquals(300.0 * 3 * 5 / 1000.0, CaseSummaries.planimetricVolumeCm3(s), 1e-9);
        assertTrue(CaseSummaries.planimetricVolumeCm3(ModelFactory.eINSTANCE.createStructure()) == 0);
    }
}
