package org.opensabt.contour.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.opensabt.contour.Mask;
import org.opensabt.contour.StructureGeometry;
import org.opensabt.contour.VoxelFractions;
import org.opensabt.model.Structure;
import org.opensabt.model.geometry.GridGeometry;

/**
 * Volume (partial-volume, cc), and voxel count, centroid and extent (patient mm) of the binary mask of
 * a structure on the CT grid.
 */
final class StructureStats {

    private StructureStats() {
    }

    static Map<String, Object> of(Structure structure, GridGeometry grid) {
        VoxelFractions fractions = StructureGeometry.fractions(structure, grid);
        Mask mask = StructureGeometry.mask(structure, grid); // the binary mask the contour commands work on (voxel centres)
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", structure.getName());
        m.put("type", structure.getType().getLiteral());
        m.put("contours", structure.getContours().size());
        m.put("volumeCc", fractions.volumeCc());
        m.put("voxels", mask.count());
        double[] c = mask.centroidMm();
        m.put("centroidMm", c == null ? null : List.of(c[0], c[1], c[2]));
        double[] e = mask.extentMm();
        m.put("extentMm", e == null ? null : Map.of("min", List.of(e[0], e[1], e[2]), "max", List.of(e[3], e[4], e[5])));
        return m;
    }
}
