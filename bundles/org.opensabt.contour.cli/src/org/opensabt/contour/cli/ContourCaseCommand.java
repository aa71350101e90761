package org.opensabt.contour.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.opensabt.cli.api.CaseFolder;
import org.opensabt.cli.api.CliCommand;
import org.opensabt.cli.api.CommandContext;
import org.opensabt.cli.api.CommandException;
import org.opensabt.cli.api.CommandResult;
import org.opensabt.contour.CaseContours;
import org.opensabt.contour.ContourException;
import org.opensabt.contour.StructureStats;
import org.opensabt.model.PatientCase;
import org.opensabt.model.Structure;

import picocli.CommandLine.Option;

/**
 * Common frame of the {@code opensabt contour …} commands that add a structure: the case is opened under its
 * write lock, {@link CaseContours#compute} makes the structure, {@link CaseContours#apply} puts it into the
 * case and the case is saved atomically (nothing is written when anything fails).
 */
abstract class ContourCaseCommand implements CliCommand {

    @Option(names = "--case", required = true, paramLabel = "CASE", description = "Case folder.")
    String caseFolder;

    @Option(names = "--replace", description = "Replace a structure of the same name.")
    boolean replace;

    /** The operation of the options (checked here: messages name the options). */
    abstract CaseContours.Operation operation() throws CommandException;

    @Override
    public final CommandResult run(CommandContext context) throws CommandException {
        try (CaseFolder opened = CaseFolder.openForWrite(context, caseFolder)) {
            PatientCase patientCase = opened.patientCase();
            planningCt(opened);
            CaseContours.Operation operation = operation();
            if (operation.name() != null && operation.name().isBlank()) {
                throw new CommandException("the new structure needs a name (--name)");
            }
            CaseContours.Applied applied;
            try {
                CaseContours.Result result = CaseContours.compute(new CaseContours.Request(patientCase, operation, replace), null);
                applied = CaseContours.apply(patientCase, result);
            } catch (ContourException.NameTaken e) {
                throw new CommandException("the case already has a structure named " + e.name() + "; give --replace or another --name", e);
            } catch (ContourException e) {
                throw new CommandException(e.getMessage(), e);
            }
            opened.save();
            Structure created = applied.structure();
            StructureStats stats = applied.stats();
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("caseFolder", opened.dir().toString());
            json.put("structure", json(stats));
            json.put("notes", applied.notes());
            String text = String.format(Locale.ROOT, "%s: %s, %d contours, %.2f cc (%d voxels)%s%nSaved in %s", created.getName(),
                    created.getType().getLiteral(), created.getContours().size(), stats.volumeCc(), stats.voxels(),
                    applied.notes().isEmpty() ? "" : "\n" + String.join("\n", applied.notes()), opened.dir());
            return CommandResult.of(text, json);
        }
    }

    /** The case's planning CT, or an error naming the case folder. */
    static void planningCt(CaseFolder opened) throws CommandException {
        try {
            CaseContours.planningCt(opened.patientCase());
        } catch (ContourException e) {
            throw new CommandException(opened.dir() + ": " + e.getMessage(), e);
        }
    }

    /** The JSON of a structure's statistics (the keys of the command's --json output). */
    static Map<String, Object> json(StructureStats s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", s.name());
        m.put("type", s.type());
        m.put("contours", s.contours());
        m.put("volumeCc", s.volumeCc());
        m.put("voxels", s.voxels());
        double[] c = s.centroidMm();
        m.put("centroidMm", c == null ? null : List.of(c[0], c[1], c[2]));
        if (s.extentMinMm() == null) {
            m.put("extentMm", null);
        } else {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("min", toList(s.extentMinMm()));
            e.put("max", toList(s.extentMaxMm()));
            m.put("extentMm", e);
        }
        return m;
    }

    private static List<Double> toList(double[] v) {
        List<Double> out = new ArrayList<>();
        for (double d : v) {
            out.add(d);
        }
        return out;
    }
}
