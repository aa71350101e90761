package org.opensabt.viewer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.opensabt.contour.AutoStructures;
import org.opensabt.contour.CaseContents;
import org.opensabt.contour.Mask;
import org.opensabt.contour.StructureGeometry;
import org.opensabt.contour.SurfaceMesh;
import org.opensabt.model.DoseGrid;
import org.opensabt.model.ImageSeries;
import org.opensabt.model.Needle;
import org.opensabt.model.NeedleTemplate;
import org.opensabt.model.PatientCase;
import org.opensabt.model.Plan;
import org.opensabt.model.RoiType;
import org.opensabt.model.Seed;
import org.opensabt.model.Structure;
import org.opensabt.model.geometry.GridGeometry;

/**
 * What the 3D view of a case shows, computed without any UI or VTK: closed surfaces (patient mm) of the
 * structures, of the skin and of isodose levels, the plan's needles as segments and its seeds as rods,
 * and the STL files of the plan's templates. A renderer only has to draw these.
 */
public final class Scene3D {

    /** Seed capsule of the common I-125 designs (e.g. 6711: 4.5 mm long, 0.8 mm in diameter). */
    public static final double SEED_LENGTH_MM = 4.5;
    public static final double SEED_DIAMETER_MM = 0.8;
    public static final double[] ISODOSE_PERCENTS = { 100, 150 };
    static final int[] SKIN_RGB = { 230, 190, 160 };
    /** In-plane voxels narrower than this (mm) are merged in pairs for the skin surface ({@link #skinGrid}). */
    static final double SKIN_VOXEL_MM = 1.5;
    /** The isodose surfaces' colours: the slice views' ({@link IsodoseStyle#DEFAULTS}: 100 % yellow, 150 % orange), so 2D and 3D agree. */
    static final int[][] ISODOSE_RGB = java.util.Arrays.stream(ISODOSE_PERCENTS).mapToObj(Scene3D::isodoseRgb).toArray(int[][]::new);

    /** The slice views' colour of an isodose level ({@link IsodoseStyle#DEFAULTS}); white for a level they do not draw. */
    public static int[] isodoseRgb(double percentOfRx) {
        return IsodoseStyle.DEFAULTS.stream().filter(s -> s.percentOfRx() == percentOfRx).map(s -> s.colorRgb().clone()).findFirst()
                .orElse(new int[] { 255, 255, 255 });
    }

    /** A closed surface; kind tells the renderer how to draw it (skin and isodoses translucent). */
    public record Surface(String name, Kind kind, int[] colorRgb, float[] verticesMm, int[] triangles) {
        public int triangleCount() {
            return triangles.length / 3;
        }
    }

    public enum Kind {
        STRUCTURE, SKIN, ISODOSE
    }

    /** A needle from its skin entry point to its tip (patient mm). */
    public record NeedlePath(String needleId, double[] entryMm, double[] tipMm) {
    }

    /** A seed: centre (patient mm) and long axis. */
    public record SeedRod(String seedId, double[] centreMm, double[] directionUnit) {
    }

    private final List<Surface> surfaces;
    private final List<NeedlePath> needles;
    private final List<SeedRod> seeds;
    private final List<Path> templateStls;
    private final List<String> notes;

    private Scene3D(List<Surface> surfaces, List<NeedlePath> needles, List<SeedRod> seeds, List<Path> templateStls, List<String> notes) {
        this.surfaces = List.copyOf(surfaces);
        this.needles = List.copyOf(needles);
        this.seeds = List.copyOf(seeds);
        this.templateStls = List.copyOf(templateStls);
        this.notes = List.copyOf(notes);
    }

    /**
     * The scene of a case and, if given, one of its plans (null: none). The skin is the case's BODY
     * structure (type BODY or named BODY), or else the automatic BODY of the CT
     * ({@link AutoStructures#body}); the isodose surfaces are the plan dose's 100 % and 150 % of Rx.
     */
    public static Scene3D of(PatientCase patientCase, Plan plan) {
        // the surfaces are made in parallel (the skin of a real CT takes longest), in this order
        List<java.util.function.Supplier<Surface>> surfaceTasks = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        ImageSeries ct = CaseContents.firstSeries(patientCase).orElse(null);
        GridGeometry grid = ct == null ? null : GridGeometry.of(ct);
        boolean haveSkin = false;
        for (Structure s : CaseContents.structures(patientCase)) {
            if (s.getContours().isEmpty() || grid == null) {
                continue;
            }
            boolean skin = s.getType() == RoiType.BODY || s.getName().equalsIgnoreCase("BODY");
            surfaceTasks.add(() -> {
                SurfaceMesh mesh = SurfaceMesh.of(StructureGeometry.mask(s, skin ? skinGrid(grid) : grid));
                return new Surface(s.getName(), skin ? Kind.SKIN : Kind.STRUCTURE, skin ? SKIN_RGB : rgb(s.getColorRgb()), mesh.verticesMm(), mesh.triangles());
            });
            haveSkin |= skin;
        }
        if (!haveSkin && ct != null && ct.getVoxels() != null) {
            surfaceTasks.add(() -> {
                SurfaceMesh mesh = SurfaceMesh.of(AutoStructures.body(ct.getVoxels(), grid, AutoStructures.BODY_THRESHOLD_HU));
                return new Surface("skin (automatic BODY)", Kind.SKIN, SKIN_RGB, mesh.verticesMm(), mesh.triangles());
            });
        }
        List<NeedlePath> needles = new ArrayList<>();
        List<SeedRod> seeds = new ArrayList<>();
        List<Path> stls = new ArrayList<>();
        if (plan != null) {
            DoseGrid dose = plan.getDoseGrid();
            if (dose != null && dose.getDoseValues() != null && plan.getPrescriptionDoseGy() > 0) {
                for (int i = 0; i < ISODOSE_PERCENTS.length; i++) {
                    double levelGy = plan.getPrescriptionDoseGy() * ISODOSE_PERCENTS[i] / 100;
                    int level = i;
                    surfaceTasks.add(() -> {
                        SurfaceMesh mesh = SurfaceMesh.of(above(dose, levelGy));
                        return new Surface(String.format(java.util.Locale.ROOT, "%.0f %% isodose (%.1f Gy)", ISODOSE_PERCENTS[level], levelGy), Kind.ISODOSE,
                                ISODOSE_RGB[level], mesh.verticesMm(), mesh.triangles());
                    });
                }
            } else {
                notes.add("plan " + plan.getPlanId() + " has no dose grid: no isodose surfaces");
            }
            for (Needle n : plan.getNeedles()) {
                if (n.getEntryPointMm().size() == 3 && n.getTipPointMm().size() == 3) {
                    needles.add(new NeedlePath(n.getNeedleId(), array(n.getEntryPointMm()), array(n.getTipPointMm())));
                }
            }
            for (Seed s : plan.getSeeds()) {
                double[] axis = s.getDirectionUnit().size() == 3 ? array(s.getDirectionUnit()) : new double[] { 0, 0, 1 };
                seeds.add(new SeedRod(s.getSeedId(), array(s.getPositionMm()), axis));
            }
            for (NeedleTemplate t : patientCase.getTemplates()) {
                if (t.getPlan() == plan && t.getStlFile() != null) {
                    Path stl = Path.of(t.getStlFile());
                    if (Files.isRegularFile(stl)) {
                        stls.add(stl);
                    } else {
                        notes.add("template " + t.getTemplateId() + ": its STL " + stl + " is missing");
                    }
                }
            }
        }
        List<Surface> surfaces = surfaceTasks.parallelStream().map(java.util.function.Supplier::get).toList();
        return new Scene3D(surfaces, needles, seeds, stls, notes);
    }

    /**
     * The grid of the skin surface: the CT's, with pairs of columns (rows) merged where they are narrower than
     * {@link #SKIN_VOXEL_MM}. The skin is a translucent outline here, and at a CT's 0.8–1 mm its surface has a few hundred thousand triangles
     * that the 3D view would spend seconds decimating.
     */
    static GridGeometry skinGrid(GridGeometry ct) {
        double[] spacing = ct.spacingMm();
        int fc = spacing[0] < SKIN_VOXEL_MM ? 2 : 1;
        int fr = spacing[1] < SKIN_VOXEL_MM ? 2 : 1;
        if (fc == 1 && fr == 1) {
            return ct;
        }
        // a merged voxel's centre lies between the voxels it merges, so the grid covers the CT's extent
        return new GridGeometry(ct.positionMm((fc - 1) / 2.0, (fr - 1) / 2.0, 0), ct.rowDirection(), ct.columnDirection(), ct.sliceDirection(),
                new double[] { spacing[0] * fc, spacing[1] * fr, spacing[2] }, (ct.columns() + fc - 1) / fc, (ct.rows() + fr - 1) / fr, ct.slices());
    }

    /** Voxels of a dose grid at or above a level, as a mask on the dose grid. */
    static Mask above(DoseGrid dose, double levelGy) {
        GridGeometry g = GridGeometry.of(dose);
        float[] values = dose.getDoseValues();
        Mask m = new Mask(g);
        for (int i = 0; i < values.length; i++) {
            if (values[i] >= levelGy) {
                m.set(i, true);
            }
        }
        return m;
    }

    private static int[] rgb(List<Integer> rgb) {
        return rgb.size() == 3 ? new int[] { rgb.get(0), rgb.get(1), rgb.get(2) } : new int[] { 255, 255, 0 };
    }

    private static double[] array(List<Double> v) {
        return new double[] { v.get(0), v.get(1), v.get(2) };
    }

    public List<Surface> surfaces() {
        return surfaces;
    }

    public List<NeedlePath> needles() {
        return needles;
    }

    public List<SeedRod> seeds() {
        return seeds;
    }

    public List<Path> templateStls() {
        return templateStls;
    }

    /** What the scene could not show, in words (missing dose grid, missing template file). */
    public List<String> notes() {
        return notes;
    }

    public int triangleCount() {
        return surfaces.stream().mapToInt(Surface::triangleCount).sum();
    }
}
