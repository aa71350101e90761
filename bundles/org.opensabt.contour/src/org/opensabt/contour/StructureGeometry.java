package org.opensabt.contour;

import java.util.ArrayList;
import java.util.List;

import org.opensabt.model.Contour;
import org.opensabt.model.ModelFactory;
import org.opensabt.model.RoiType;
import org.opensabt.model.Structure;
import org.opensabt.model.geometry.GridGeometry;

/** Between the case model's planar structures and masks on a grid. */
public final class StructureGeometry {

    private StructureGeometry() {
    }

    /** Each contour of the structure as x,y,z triples in patient mm. */
    public static List<double[]> contours(Structure structure) {
        List<double[]> out = new ArrayList<>();
        for (Contour contour : structure.getContours()) {
            out.add(contour.getPointsMm().stream().mapToDouble(Double::doubleValue).toArray());
        }
        return out;
    }

    /** Partial-volume fractions of the structure on a grid (a lone plane is one grid slice thick). */
    public static VoxelFractions fractions(Structure structure, GridGeometry grid) {
        return new StructureRasterizer().rasterize(contours(structure), grid, grid.spacingMm()[2]);
    }

    /** Binary mask: voxels whose centre is inside (round-trips with {@link MarchingSquares}). */
    public static Mask mask(Structure structure, GridGeometry grid) {
        return Mask.of(StructureRasterizer.centres().rasterize(contours(structure), grid, grid.spacingMm()[2]), grid, 0.5);
    }

    /** A new structure whose contours are the mask's, slice by slice (holes flagged). */
    public static Structure toStructure(Mask mask, String name, RoiType type, int[] colorRgb) {
        Structure structure = ModelFactory.eINSTANCE.createStructure();
        structure.setName(name);
        structure.setType(type);
        for (int c : colorRgb) {
            structure.getColorRgb().add(c);
        }
        setContours(structure, MarchingSquares.contours(mask));
        return structure;
    }

    /** Replaces or adds contours. */
    public static void setContours(Structure structure, List<MarchingSquares.PlanarContour> contours) {
        for (MarchingSquares.PlanarContour planar : contours) {
            Contour contour = ModelFactory.eINSTANCE.createContour();
            for (double v : planar.pointsMm()) {
                contour.getPointsMm().add(v);
            }
            contour.setHole(planar.hole());
            structure.getContours().add(contour);
        }
    }
}
