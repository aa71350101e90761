package org.opensabt.dicom.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.opensabt.cli.api.CliCommand;
import org.opensabt.cli.api.CommandContext;
import org.opensabt.cli.api.CommandException;
import org.opensabt.cli.api.CommandResult;
import org.opensabt.dicom.CtSeriesOptions;
import org.opensabt.dicom.DicomExportException;
import org.opensabt.dicom.DicomImportException;
import org.opensabt.dicom.DicomToolkit;
import org.opensabt.dicom.ImportOptions;
import org.opensabt.model.ImageSeries;
import org.opensabt.model.ModelFactory;
import org.opensabt.model.Patient;
import org.opensabt.model.PatientCase;

@picocli.CommandLine.Command(name = "import", description = { "Benchmark of DICOM CT import: a synthetic CT (default 300 slices of 512×512) is written to a",
        "temporary folder, imported repeatedly; prints median wall time and peak heap against the size of the voxel data." })
public final class ImportBenchmark implements CliCommand {

    @picocli.CommandLine.Option(names = "--slices", defaultValue = "300", description = "Slices (default: ${DEFAULT-VALUE}).")
    int slices;

    @picocli.CommandLine.Option(names = "--repeats", defaultValue = "3", description = "Timed imports after one warm-up (default: ${DEFAULT-VALUE}).")
    int repeats;

    @Override
    public CommandResult run(CommandContext context) throws CommandException {
        if (slices < 2 || repeats < 1) {
            throw new CommandException("--slices must be at least 2 and --repeats at least 1");
        }
        DicomToolkit toolkit = Toolkit.get();
        Path folder;
        try {
            folder = Files.createTempDirectory("opensabt-bench-import");
        } catch (IOException e) {
            throw new CommandException("cannot create a temporary folder: " + e.getMessage(), e);
        }
        try {
            context.progress("bench import: writing " + slices + " synthetic 512×512 CT slices to " + folder);
            write(toolkit, folder, slices);
            toolkit.importCase(List.of(folder), new ImportOptions("bench", null, false)); // warm-up
            double[] seconds = new double[repeats];
            long peak = 0;
            for (int i = 0; i < repeats; i++) {
                // each run from a collected heap: the peak is what one import needs, not garbage of the last
                System.gc();
                for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                    if (pool.getType() == MemoryType.HEAP) {
                        pool.resetPeakUsage();
                    }
                }
                long before = usedHeap();
                long t0 = System.nanoTime();
                toolkit.importCase(List.of(folder), new ImportOptions("bench", null, false));
                seconds[i] = (System.nanoTime() - t0) / 1e9;
                long runPeak = 0;
                for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                    if (pool.getType() == MemoryType.HEAP) {
                        runPeak += pool.getPeakUsage().getUsed();
                    }
                }
                peak = Math.max(peak, runPeak - before);
            }
            double[] sorted = seconds.clone();
            Arrays.sort(sorted);
            double voxelMiB = 512.0 * 512 * slices * 2 / 1048576;
            double peakMiB = peak / 1048576.0;
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("slices", slices);
            json.put("wallSecondsMedian", sorted[sorted.length / 2]);
            json.put("wallSecondsAll", seconds);
            json.put("voxelDataMiB", voxelMiB);
            json.put("peakHeapAboveBaselineMiB", peakMiB);
            json.put("peakHeapPerVoxelData", peakMiB / voxelMiB);
            return CommandResult.of(String.format(Locale.ROOT,
                    "import of %d × 512 × 512 CT: median %.2f s of %d (all %s); peak heap %.0f MiB above baseline for %.0f MiB of voxels (%.2f×)", slices,
                    sorted[sorted.length / 2], repeats, Arrays.toString(Arrays.stream(seconds).map(s -> Math.round(s * 100) / 100.0).toArray()), peakMiB,
                    voxelMiB, peakMiB / voxelMiB), json);
        } catch (DicomImportException | DicomExportException | IOException e) {
            throw new CommandException("bench import failed: " + e.getMessage(), e);
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                context.progress("bench import: could not remove " + folder);
            }
        }
    }

    private static long usedHeap() {
        return Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
    }

    /** Synthetic axial CT through the toolkit's CT writer: 0.98 mm pixels, 1 mm slices, noise around soft tissue (−24 to 175 HU). */
    private static void write(DicomToolkit toolkit, Path folder, int slices) throws DicomExportException, IOException {
        PatientCase c = ModelFactory.eINSTANCE.createPatientCase();
        c.setCaseId("BENCH");
        Patient p = ModelFactory.eINSTANCE.createPatient();
        p.setPatientId("BENCH");
        p.setName("BENCH");
        c.setPatient(p);
        ImageSeries geometry = ModelFactory.eINSTANCE.createImageSeries();
        geometry.setModality("CT");
        for (int k = 0; k < 3; k++) {
            geometry.getOriginMm().add(k == 2 ? 0.0 : -250.0);
            geometry.getRowDirection().add(k == 0 ? 1.0 : 0.0);
            geometry.getColumnDirection().add(k == 1 ? 1.0 : 0.0);
            geometry.getSliceDirection().add(k == 2 ? 1.0 : 0.0);
        }
        geometry.getSpacingMm().addAll(List.of(0.9765625, 0.9765625, 1.0));
        geometry.setColumns(512);
        geometry.setRows(512);
        geometry.setSlices(slices);
        short[] hu = new short[512 * 512 * slices];
        Random random = new Random(1);
        for (int i = 0; i < 512 * 512; i++) {
            hu[i] = (short) (-24 + random.nextInt(200));
        }
        for (int s = 1; s < slices; s++) {
            System.arraycopy(hu, 0, hu, s * 512 * 512, 512 * 512);
        }
        toolkit.writeCtSeries(c, geometry, hu, folder, new CtSeriesOptions(null, null, null, "bench import", 1));
    }
}
