package org.opensabt.postplan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.opensabt.contour.CaseContents;
import org.opensabt.contour.Mask;
import org.opensabt.contour.StructureGeometry;
import org.opensabt.dicom.CtSeriesOptions;
import org.opensabt.dicom.DicomExportException;
import org.opensabt.dicom.DicomToolkits;
import org.opensabt.model.ImageSeries;
import org.opensabt.model.ModelFactory;
import org.opensabt.model.PatientCase;
import org.opensabt.model.Plan;
import org.opensabt.model.Seed;
import org.opensabt.model.Structure;
import org.opensabt.model.geometry.GridGeometry;
import org.opensabt.postplan.SyntheticImplantCt.TrueSeed;

/**
 * Synthetic post-implant CTs with known seeds (test data) as a typed API: the case's planning CT with I-125
 * seeds put in as a scanner shows them ({@link SyntheticImplantCt}), written as a DICOM CT series, with the
 * true seed positions as a CSV (post-operative CT frame, LPS mm). The case is not changed.
 */
public final class SyntheticPostop {

    /** Where the seeds go. */
    public sealed interface Layout permits InTarget, FromPlan {
    }

    /**
     * {@code seeds} spread through a structure ({@code target} null: the first GTV), {@code touchingPairs} of them in touching
     * pairs, at least {@code minSpacingMm} apart otherwise, axes within {@code coneDeg} of anterior-posterior.
     */
    public record InTarget(int seeds, int touchingPairs, String target, double minSpacingMm, double coneDeg) implements Layout {
    }

    /** The plan's seeds, displaced by a Gaussian of {@code displacementMm} per axis and tilted by up to {@code tiltDeg}. */
    public record FromPlan(String planId, double displacementMm, double tiltDeg) implements Layout {
    }

    /**
     * What to write.
     *
     * @param folder        the DICOM series' folder (must not exist or be empty)
     * @param truthCsv      the true seeds (null: {@code <folder>.truth.csv})
     * @param newFrame      the series gets a new frame of reference (a scan on another day, not registered)
     * @param shiftMm       with a new frame: the post-operative coordinates are the planning ones plus this (null: none)
     * @param transformFile where to write the true post-op → planning transform (null: not written)
     */
    public record Request(Layout layout, Path folder, Path truthCsv, boolean newFrame, double[] shiftMm, Path transformFile, double noiseHu,
            double streakHu, long randomSeed) {
        public Request {
            if (layout == null || folder == null) {
                throw new IllegalArgumentException("layout and folder are required");
            }
            shiftMm = shiftMm == null ? new double[3] : shiftMm.clone();
            truthCsv = truthCsv != null ? truthCsv : folder.resolveSibling(folder.getFileName() + ".truth.csv");
        }
    }

    /** The series written: its folder and file count, the true seeds (post-operative frame) and where they were written. */
    public record Result(Path folder, int files, List<TrueSeed> truth, Path truthCsv) {
    }

    private SyntheticPostop() {
    }

    public static Result write(PatientCase c, Request request, IProgressMonitor monitor) throws PostImplantException {
        SubMonitor progress = SubMonitor.convert(monitor, "Synthetic post-implant CT", 3);
        double[] shiftMm = request.shiftMm();
        if (!request.newFrame() && (shiftMm[0] != 0 || shiftMm[1] != 0 || shiftMm[2] != 0)) {
            throw new PostImplantException("a shift moves the coordinates of a new frame of reference: ask for a new frame too");
        }
        ImageSeries ct = CaseContents.firstSeries(c).orElseThrow(() -> new PostImplantException("the case has no CT", true, null));
        GridGeometry grid = GridGeometry.of(ct);
        List<TrueSeed> truthPlanning;
        try {
            if (request.layout() instanceof InTarget in) {
                Structure structure = SeedLayouts.target(c, in.target())
                        .orElseThrow(() -> new PostImplantException("no structure " + (in.target() != null ? in.target() : "of type GTV"), true, null));
                Mask mask = StructureGeometry.mask(structure, grid);
                truthPlanning = SeedLayouts.inTarget(mask, in.seeds(), in.touchingPairs(), in.minSpacingMm(), new double[] { 0, 1, 0 }, in.coneDeg(),
                        request.randomSeed());
            } else {
                FromPlan from = (FromPlan) request.layout();
                Plan plan = c.getPlans().stream().filter(p -> p.getPlanId().equals(from.planId())).findFirst()
                        .orElseThrow(() -> new PostImplantException("no plan " + from.planId(), true, null));
                List<TrueSeed> planned = new ArrayList<>();
                for (Seed s : plan.getSeeds()) {
                    planned.add(new TrueSeed(s.getSeedId(), PostImplantDosimetry.toArray(s.getPositionMm()), PostImplantDosimetry.toArray(s.getDirectionUnit())));
                }
                truthPlanning = SeedLayouts.displaced(planned, from.displacementMm(), from.tiltDeg(), request.randomSeed());
            }
        } catch (IllegalArgumentException e) {
            throw new PostImplantException(e.getMessage(), false, e);
        }
        progress.subTask("putting " + truthPlanning.size() + " seeds into the " + ct.getColumns() + "×" + ct.getRows() + "×" + ct.getSlices() + " CT");
        short[] hu = SyntheticImplantCt.insert(ct.getVoxels(), grid, truthPlanning, new SyntheticImplantCt.Settings(7000, 150000, 1.3, Double.NaN,
                request.streakHu(), request.noiseHu(), 3071, request.randomSeed()));
        progress.worked(1);
        if (progress.isCanceled()) {
            throw new OperationCanceledException();
        }

        // the post-op series: same voxels and axes; with a new frame, coordinates shifted
        ImageSeries geometry = ModelFactory.eINSTANCE.createImageSeries();
        geometry.setModality("CT");
        geometry.setColumns(ct.getColumns());
        geometry.setRows(ct.getRows());
        geometry.setSlices(ct.getSlices());
        for (int k = 0; k < 3; k++) {
            geometry.getOriginMm().add(ct.getOriginMm().get(k) + shiftMm[k]);
            geometry.getSpacingMm().add(ct.getSpacingMm().get(k));
            geometry.getRowDirection().add(ct.getRowDirection().get(k));
            geometry.getColumnDirection().add(ct.getColumnDirection().get(k));
            geometry.getSliceDirection().add(ct.getSliceDirection().get(k));
        }
        String frame = request.newFrame() ? null : ct.getFrameOfReferenceUid();
        List<TrueSeed> truth = new ArrayList<>();
        for (TrueSeed s : truthPlanning) {
            double[] p = s.positionMm();
            truth.add(new TrueSeed(s.seedId(), new double[] { p[0] + shiftMm[0], p[1] + shiftMm[1], p[2] + shiftMm[2] }, s.directionUnit()));
        }
        Path folder = request.folder();
        try {
            if (Files.isDirectory(folder)) {
                try (Stream<Path> entries = Files.list(folder)) {
                    if (entries.findAny().isPresent()) {
                        throw new PostImplantException(folder + " is not empty: give a new folder for the series");
                    }
                }
            }
            List<Path> files;
            try {
                files = DicomToolkits.get().writeCtSeries(c, geometry, hu, folder, new CtSeriesOptions(null, null, frame,
                        "OpenSABT synthetic post-implant CT (" + truth.size() + " seeds)", 801));
            } catch (DicomExportException | IOException e) {
                deleteTree(folder);
                throw new PostImplantException(folder + ": " + e.getMessage(), false, e);
            }
            progress.worked(1);
            SeedTables.writeTruth(request.truthCsv(), truth);
            if (request.transformFile() != null) {
                SeedTables.writeAtomically(request.transformFile(), String.format(Locale.ROOT,
                        "# post-op CT -> planning CT (patient LPS mm): rows of [R | t]%n1 0 0 %.4f%n0 1 0 %.4f%n0 0 1 %.4f%n", -shiftMm[0], -shiftMm[1], -shiftMm[2]));
            }
            progress.worked(1);
            return new Result(folder, files.size(), List.copyOf(truth), request.truthCsv());
        } catch (IOException e) {
            throw new PostImplantException(e.getMessage(), false, e);
        }
    }

    private static void deleteTree(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort: the error that brought us here is reported
        }
    }
}
