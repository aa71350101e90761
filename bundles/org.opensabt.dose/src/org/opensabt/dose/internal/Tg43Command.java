package org.opensabt.dose.internal;

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
import org.opensabt.dose.cases.CsvTable;
import org.opensabt.dose.cases.DoseInputException;
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
        StringBuilder csv = new StringBuilder();
        List<Map<String, Object>> json = new ArrayList<>();
        int clamped = 0;
        try {
            CsvTable table = CsvTable.read(file, "x_cm,y_cm,z_cm");
            String meaning = "points in cm, seed frame";
            int[] xyz = { table.requiredColumn("x_cm", meaning), table.requiredColumn("y_cm", meaning), table.requiredColumn("z_cm", meaning) };
            String[] names = table.header();
            csv.append(table.headerText()).append(",dose_rate_cGy_per_h_per_U\n");
            for (CsvTable.Row row : table.rows()) {
                double[] p = { table.number(row, xyz[0]), table.number(row, xyz[1]), table.number(row, xyz[2]) };
                if (Math.sqrt(p[0] * p[0] + p[1] * p[1] + p[2] * p[2]) < kernel.clampRadiusCm()) {
                    clamped++;
                }
                double rate = kernel.doseRateCGyPerHourPerU(p[0], p[1], p[2]);
                csv.append(row.text()).append(',').append(String.format(Locale.ROOT, "%.6g", rate)).append('\n');
                Map<String, Object> entry = new LinkedHashMap<>();
                for (int k = 0; k < names.length; k++) {
                    String value = row.cells()[k].strip();
                    Object parsed = value;
                    try {
                        parsed = Double.parseDouble(value);
                    } catch (NumberFormatException e) {
                        // keep text columns as text
                    }
                    entry.put(names[k].strip(), parsed);
                }
                entry.put("dose_rate_cGy_per_h_per_U", rate);
                json.add(entry);
            }
        } catch (DoseInputException e) {
            throw new CommandException(e.getMessage(), e);
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

    public static SeedSource resolveSource(String nameOrFile, CommandContext context) throws CommandException {
        try {
            return SourceLibraries.standard().resolve(nameOrFile, context.workingDirectory());
        } catch (SourceDescriptorException e) {
            throw new CommandException(e.getMessage(), e);
        }
    }
}
