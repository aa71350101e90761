package org.opensabt.dicom.pixelmed;

import java.io.File;
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
import org.opensabt.dicom.ImportOptions;
import org.opensabt.dicom.DicomImportException;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeFactory;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.FileMetaInformation;
import com.pixelmed.dicom.OtherWordAttribute;
import com.pixelmed.dicom.TagFromName;
import com.pixelmed.dicom.TransferSyntax;
import com.pixelmed.dicom.UnsignedShortAttribute;

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
        Path folder;
        try {
            folder = Files.createTempDirectory("opensabt-bench-import");
        } catch (IOException e) {
            throw new CommandException("cannot create a temporary folder: " + e.getMessage(), e);
        }
        try {
            context.progress("bench import: writing " + slices + " synthetic 512×512 CT slices to " + folder);
            write(folder, slices);
            new DicomCaseImporter().importCase(List.of(folder), new ImportOptions("bench", null, false)); // warm-up
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
                new DicomCaseImporter().importCase(List.of(folder), new ImportOptions("bench", null, false));
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
        } catch (DicomImportException | DicomException | IOException e) {
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

    /** Synthetic axial CT: 0.98 mm pixels, 1 mm slices, rescale −1024, noise around soft tissue. */
    private static void write(Path folder, int slices) throws DicomException, IOException {
        String study = "2.25." + Math.abs(new Random().nextLong());
        short[] pixels = new short[512 * 512];
        Random random = new Random(1);
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (short) (1000 + random.nextInt(200));
        }
        for (int s = 0; s < slices; s++) {
            AttributeList l = new AttributeList();
            String[][] values = { { "0008", "0016", "UI", "1.2.840.10008.5.1.4.1.1.2" }, { "0008", "0018", "UI", study + ".1." + (s + 1) },
                    { "0008", "0060", "CS", "CT" }, { "0010", "0010", "PN", "BENCH" }, { "0010", "0020", "LO", "BENCH" }, { "0020", "000D", "UI", study },
                    { "0020", "000E", "UI", study + ".1" }, { "0020", "0052", "UI", study + ".2" }, { "0020", "0013", "IS", "" + (s + 1) },
                    { "0020", "0032", "DS", "-250\\\\-250\\\\" + s }, { "0020", "0037", "DS", "1\\\\0\\\\0\\\\0\\\\1\\\\0" },
                    { "0028", "0030", "DS", "0.9765625\\\\0.9765625" }, { "0028", "1052", "DS", "-1024" }, { "0028", "1053", "DS", "1" },
                    { "0028", "0004", "CS", "MONOCHROME2" } };
            for (String[] e : values) {
                Attribute a = AttributeFactory.newAttribute(new AttributeTag(Integer.parseInt(e[0], 16), Integer.parseInt(e[1], 16)), e[2].getBytes());
                for (String v : e[3].split("\\\\\\\\")) {
                    a.addValue(v);
                }
                l.put(a);
            }
            int[][] shorts = { { 0x0002, 1 }, { 0x0010, 512 }, { 0x0011, 512 }, { 0x0100, 16 }, { 0x0101, 16 }, { 0x0102, 15 }, { 0x0103, 0 } };
            for (int[] u : shorts) {
                Attribute a = new UnsignedShortAttribute(new AttributeTag(0x0028, u[0]));
                a.addValue(u[1]);
                l.put(a);
            }
            OtherWordAttribute p = new OtherWordAttribute(TagFromName.PixelData);
            p.setValues(pixels);
            l.put(p);
            FileMetaInformation.addFileMetaInformation(l, TransferSyntax.ExplicitVRLittleEndian, "OPENSABT");
            l.write(new File(folder.toFile(), String.format("ct%04d.dcm", s)), TransferSyntax.ExplicitVRLittleEndian, true, true);
        }
    }
}
