package org.opensabt.demo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.opensabt.cli.api.CommandResult;
import org.opensabt.dose.DoseEngines;
import org.opensabt.dose.DoseMode;
import org.opensabt.model.geometry.GridGeometry;
import org.opensabt.dose.KernelOptions;
import org.opensabt.dose.SeedPlacement;
import org.opensabt.dose.cases.CaseDose;
import org.opensabt.dose.cases.DoseInputException;
import org.opensabt.contour.StructureRasterizer;
import org.opensabt.contour.VoxelFractions;
import org.opensabt.dose.internal.DoseCommandResults;
import org.opensabt.dose.internal.SourceLibraries;
import org.opensabt.dose.source.SeedSource;
import org.opensabt.dose.source.SourceDescriptorException;
import org.opensabt.model.Contour;
import org.opensabt.model.ImageSeries;
import org.opensabt.model.PatientCase;
import org.opensabt.model.Structure;
import org.opensabt.model.StructureSet;

/**
 * The demo's seed arrangement: 6711 seeds of 0.4 U (0.31 mCi) at the centres of a 10 mm lattice,
 * aligned with the CT, whose cells lie at least 60% inside the GTV, all pointing along the slice
 * direction; prescription 120 Gy. A stand-in until the planning capability places seeds.
 */
final class DemoPlan {

    static final double STRENGTH_U = 0.4;
    static final double LATTICE_MM = 10.0;
    static final double PRESCRIPTION_GY = 120.0;

    private DemoPlan() {
    }

    /** The demo's seed model, I-125 6711. */
    static SeedSource source() throws SourceDescriptorException {
        return SourceLibraries.standard().find("6711");
    }

    static CaseDose.Outcome computeDose(PatientCase patientCase, SeedSource source) throws DoseInputException, InterruptedException {
        ImageSeries ct = patientCase.getStudies().get(0).getSeries().get(0);
        GridGeometry ctGrid = GridGeometry.of(ct);
        Structure gtv = null;
        for (StructureSet set : patientCase.getStudies().get(0).getStructureSets()) {
            for (Structure s : set.getStructures()) {
                if (gtv == null && s.getName().toUpperCase(java.util.Locale.ROOT).contains("GTV")) {
                    gtv = s;
                }
            }
        }
        if (gtv == null) {
            throw new DoseInputException("the demo case has no GTV");
        }
        List<double[]> contours = new ArrayList<>();
        double[] low = { Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE };
        double[] high = { -Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE };
        for (Contour c : gtv.getContours()) {
            double[] pts = c.getPointsMm().stream().mapToDouble(Double::doubleValue).toArray();
            contours.add(pts);
            for (int i = 0; i + 2 < pts.length; i += 3) {
                double[] g = ctGrid.toGridMm(new double[] { pts[i], pts[i + 1], pts[i + 2] });
                for (int k = 0; k < 3; k++) {
                    low[k] = Math.min(low[k], g[k]);
                    high[k] = Math.max(high[k], g[k]);
                }
            }
        }
        int[] n = new int[3];
        for (int k = 0; k < 3; k++) {
            n[k] = (int) Math.floor((high[k] - low[k]) / LATTICE_MM) + 1;
            low[k] += ((high[k] - low[k]) - (n[k] - 1) * LATTICE_MM) / 2; // centre the lattice on the GTV box
        }
        double[] origin = ctGrid.positionMm(low[0] / ctGrid.spacingMm()[0], low[1] / ctGrid.spacingMm()[1], low[2] / ctGrid.spacingMm()[2]);
        GridGeometry lattice = new GridGeometry(origin, ctGrid.rowDirection(), ctGrid.columnDirection(), ctGrid.sliceDirection(),
                new double[] { LATTICE_MM, LATTICE_MM, LATTICE_MM }, n[0], n[1], n[2]);
        VoxelFractions inside = new StructureRasterizer().rasterize(contours, lattice, ctGrid.spacingMm()[2]);
        List<SeedPlacement> seeds = new ArrayList<>();
        for (int i = 0; i < inside.size(); i++) {
            if (inside.fraction()[i] >= 0.6f) {
                int index = inside.index()[i];
                int c = index % n[0];
                int r = (index / n[0]) % n[1];
                int s = index / (n[0] * n[1]);
                seeds.add(new SeedPlacement(String.valueOf(seeds.size() + 1), lattice.positionMm(c, r, s), ctGrid.sliceDirection(), STRENGTH_U));
            }
        }
        if (seeds.isEmpty()) {
            throw new DoseInputException("the GTV is too small for a 10 mm seed lattice");
        }
        return new CaseDose().compute(patientCase, DoseEngines.find("tg43"), CaseDose.Request.automatic("demo-lattice", source,
                KernelOptions.of(DoseMode.LINE_2D), seeds, 2.0, 15.0, PRESCRIPTION_GY, gtv.getName(), Runtime.getRuntime().availableProcessors()));
    }

    static CommandResult report(Path caseDir, CaseDose.Outcome outcome, SeedSource source) {
        return DoseCommandResults.of(caseDir, outcome, source, STRENGTH_U, outcome.warnings());
    }
}
