package org.opensabt.dose.mc.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.opensabt.cli.api.CliCommand;
import org.opensabt.cli.api.CommandContext;
import org.opensabt.cli.api.CommandException;
import org.opensabt.cli.api.CommandResult;
import org.opensabt.dose.mc.SourceCalibrations;
import org.opensabt.dose.source.SeedSource;
import org.opensabt.dose.source.SourceLibraries;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "mc-calibrate", description = { "Fit the Monte Carlo engine's seed calibrations (emission anisotropy to F(1 cm,θ), dose per history at",
        "(1 cm, 90°) in water) for every I-125 seed of this installation and write them as the engine's calibration file",
        "(bundles/org.opensabt.dose.mc/data/seed-calibration-v1.json in the repository); fixed random seeds, so the same inputs give the same file." })
public final class McCalibrateCommand implements CliCommand {

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The calibration file to write (replaced atomically).")
    String out;

    @Option(names = "--threads", paramLabel = "N", description = "Threads (default: all processors).")
    Integer threads;

    @Override
    public CommandResult run(CommandContext context) throws CommandException, InterruptedException {
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        List<SourceCalibrations.Calibration> calibrations = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        List<Map<String, Object>> json = new ArrayList<>();
        for (SeedSource s : SourceLibraries.standard().sources()) {
            if (!s.isotope().replace(" ", "").equalsIgnoreCase("I-125") || !s.origin().startsWith("org.opensabt.")) {
                continue;
            }
            context.progress("mc-calibrate: " + s.name());
            SourceCalibrations.Calibration c = SourceCalibrations.fit(s, n, null);
            calibrations.add(c);
            text.append(String.format(Locale.ROOT, "%-24s reference %.6g keV/g per history (±%.2f %%), emission factors %s%n", s.name(), c.referenceKeVPerG(),
                    100 * c.referenceRelativeUncertainty(), java.util.Arrays.toString(java.util.Arrays.stream(c.emissionFactor())
                            .map(v -> Math.round(v * 1000) / 1000.0).toArray())));
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("seed", s.name());
            m.put("referenceKeVPerGPerHistory", c.referenceKeVPerG());
            m.put("referenceRelativeUncertainty", c.referenceRelativeUncertainty());
            json.add(m);
        }
        Path file = context.resolve(out);
        try {
            Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".mc-calibration", ".tmp");
            Files.writeString(tmp, SourceCalibrations.toJson(calibrations), StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new CommandException(file + ": cannot write: " + e.getMessage(), e);
        }
        text.append("Wrote ").append(file);
        return CommandResult.of(text.toString(), Map.of("file", file.toString(), "seeds", json));
    }
}
