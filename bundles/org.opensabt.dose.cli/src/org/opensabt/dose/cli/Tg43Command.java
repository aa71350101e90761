package org.opensabt.dose.cli;

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
import org.opensabt.dose.DoseMode;
import org.opensabt.dose.KernelOptions;
import org.opensabt.dose.PointDose;
import org.opensabt.dose.cases.CsvTable;
import org.opensabt.dose.cases.DoseInputException;
import org.opensabt.dose.source.SeedSource;
import org.opensabt.dose.source.SourceDescriptorException;
import org.opensabt.dose.source.SourceLibraries;

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

    @Option(names = "--engine", paramLabel = "ID", description = "Dose engine (default: the preference org.opensabt.dose/engine, else tg43).")
    String engine;

    @Override
    public CommandResult run(CommandContext context) throws CommandException {
        SeedSource seed = resolveSource(source, context);
        KernelOptions options = new KernelOptions(parseMode(mode), logLinear, clampF);
        Path file = context.resolve(points);
        StringBuilder csv = new StringBuilder();
        List<Map<String, Object>> json = new ArrayList<>();
        PointDose.Result dose;
        try {
            CsvTable table = CsvTable.read(file, "x_cm,y_cm,z_cm");
            String meaning = "points in cm, seed frame";
            int[] xyz = { table.requiredColumn("x_cm", meaning), table.requiredColumn("y_cm", meaning), table.requiredColumn("z_cm", meaning) };
            List<double[]> pointsCm = new ArrayList<>();
            for (CsvTable.Row row : table.rows()) {
                pointsCm.add(new double[] { table.number(row, xyz[0]), table.number(row, xyz[1]), table.number(row, xyz[2]) });
            }
            dose = PointDose.compute(new PointDose.Request(engine, seed, options, pointsCm), null);
            String[] names = table.header();
            csv.append(table.headerText()).append(",dose_rate_cGy_per_h_per_U\n");
            int i = 0;
            for (CsvTable.Row row : table.rows()) {
                double rate = dose.doseRateCGyPerHourPerU()[i++];
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
        if (dose.clampedPoints() > 0) {
            context.progress(String.format(Locale.ROOT, "note: %d point(s) closer than %.2f cm to the seed centre got the dose rate at %.2f cm",
                    dose.clampedPoints(), dose.clampRadiusCm(), dose.clampRadiusCm()));
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
            return SourceLibraries.resolve(nameOrFile, context.workingDirectory());
        } catch (SourceDescriptorException e) {
            throw new CommandException(e.getMessage(), e);
        }
    }
}
