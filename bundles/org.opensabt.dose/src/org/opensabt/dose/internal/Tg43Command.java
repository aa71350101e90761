package org.opensabt.dose.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.opensabt.cli.api.CliCommand;
import org.opensabt.cli.api.CommandContext;
import org.opensabt.cli.api.CommandException;
import org.opensabt.cli.api.CommandResult;
import org.opensabt.dose.DoseEngines;
import org.opensabt.dose.DoseMode;
import org.opensabt.dose.DoseRateKernel;
import org.opensabt.dose.KernelOptions;
import org.opensabt.dose.source.SeedSource;
import org.opensabt.dose.source.SourceDescriptorException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "tg43", description = { "Dose rate per unit air-kerma strength (cGy h⁻¹ U⁻¹) of one seed at points in its frame.",
        "The CSV has a header with x_cm,y_cm,z_cm (seed centre at the origin, seed axis = z); every row is printed again with a",
        "column dose_rate_cGy_per_h_per_U added. Points closer than the clamp radius (2 mm for 6711) get the value at that radius." })
public final class Tg43Command implements CliCommand {

    @Option(names = "--source", required = true, paramLabel = "NAME|FILE", description = "Seed name or alias (see 'opensabt sources'), or a descriptor .json file.")
    String source;

    @Option(names = "--points", required = true, paramLabel = "CSV", description = "Points file with header x_cm,y_cm,z_cm.")
    String points;

    @Option(names = "--mode", defaultValue = "2d", paramLabel = "1d|2d", description = "2d line source (default) or 1d with φan.")
    String mode;

    @Option(names = "--log-linear-g", description = "Interpolate g_L(r) log-linearly (default: linearly).")
    boolean logLinear;

    @Option(names = "--clamp-f", description = "Keep F(r_max, θ) beyond the last tabulated radius (default: extrapolate linearly).")
    boolean clampF;

    @Override
    public CommandResult run(CommandContext context) throws CommandException {
        SeedSource seed = resolveSource(source, context);
        KernelOptions options = new KernelOptions(parseMode(mode), logLinear, clampF);
        DoseRateKernel kernel;
        try {
            kernel = DoseEngines.find("tg43").kernel(seed, options);
        } catch (IllegalArgumentException e) {
            throw new CommandException(e.getMessage(), e);
        }
        Path file = context.resolve(points);
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CommandException(file + ": cannot read: " + e.getMessage(), e);
        }
        String header = null;
        int[] xyz = new int[3];
        StringBuilder csv = new StringBuilder();
        List<Map<String, Object>> json = new ArrayList<>();
        String[] names = null;
        int clamped = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split(",", -1);
            if (header == null) {
                header = line;
                names = cells;
                List<String> lower = new ArrayList<>();
                for (String c : cells) {
                    lower.add(c.strip().toLowerCase(Locale.ROOT));
                }
                String[] wanted = { "x_cm", "y_cm", "z_cm" };
                for (int k = 0; k < 3; k++) {
                    xyz[k] = lower.indexOf(wanted[k]);
                    if (xyz[k] < 0) {
                        throw new CommandException(file + ": header lacks column " + wanted[k] + " (points in cm, seed frame)");
                    }
                }
                csv.append(header).append(",dose_rate_cGy_per_h_per_U\n");
                continue;
            }
            if (cells.length != names.length) {
                throw new CommandException(file.getFileName() + " line " + (i + 1) + ": has " + cells.length + " fields, the header has " + names.length);
            }
            double[] p = new double[3];
            for (int k = 0; k < 3; k++) {
                try {
                    p[k] = Double.parseDouble(cells[xyz[k]].strip());
                } catch (NumberFormatException e) {
                    throw new CommandException(file.getFileName() + " line " + (i + 1) + ": " + names[xyz[k]].strip() + " is not a number: \""
                            + cells[xyz[k]].strip() + "\"");
                }
                if (!Double.isFinite(p[k])) {
                    throw new CommandException(file.getFileName() + " line " + (i + 1) + ": " + names[xyz[k]].strip() + " is not finite");
                }
            }
            double r = Math.sqrt(p[0] * p[0] + p[1] * p[1] + p[2] * p[2]);
            if (r < kernel.clampRadiusCm()) {
                clamped++;
            }
            double rate = kernel.doseRateCGyPerHourPerU(p[0], p[1], p[2]);
            csv.append(line).append(',').append(String.format(Locale.ROOT, "%.6g", rate)).append('\n');
            Map<String, Object> row = new LinkedHashMap<>();
            for (int k = 0; k < cells.length; k++) {
                String value = cells[k].strip();
                Object parsed = value;
                try {
                    parsed = Double.parseDouble(value);
                } catch (NumberFormatException e) {
                    // keep text columns as text
                }
                row.put(names[k].strip(), parsed);
            }
            row.put("dose_rate_cGy_per_h_per_U", rate);
            json.add(row);
        }
        if (header == null) {
            throw new CommandException(file + ": empty (expected a header x_cm,y_cm,z_cm)");
        }
        if (clamped > 0) {
            context.progress(String.format(Locale.ROOT, "note: %d point(s) closer than %.2f cm to the seed centre got the dose rate at %.2f cm",
                    clamped, kernel.clampRadiusCm(), kernel.clampRadiusCm()));
        }
        return CommandResult.of(csv.toString().stripTrailing(), json);
    }

    static DoseMode parseMode(String text) throws CommandException {
        try {
            return DoseMode.parse(text);
        } catch (IllegalArgumentException e) {
            throw new CommandException(e.getMessage(), e);
        }
    }

    static SeedSource resolveSource(String nameOrFile, CommandContext context) throws CommandException {
        try {
            return SourceLibraries.standard().resolve(nameOrFile, context.workingDirectory());
        } catch (SourceDescriptorException e) {
            throw new CommandException(e.getMessage(), e);
        }
    }
}
