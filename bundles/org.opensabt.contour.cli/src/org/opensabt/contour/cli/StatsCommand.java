package org.opensabt.contour.cli;

import java.io.IOException;
import java.nio.file.Path;
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

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code contour stats} and {@code contour mesh}: read-only views of a case's structures. */
public final class StatsCommand {

    private StatsCommand() {
    }

    @Command(name = "stats", description = "Volume (cc, partial-volume on the CT grid), centroid and extent (patient mm) of every structure.")
    public static final class Stats implements CliCommand {
        @Option(names = "--case", required = true, paramLabel = "CASE")
        String caseFolder;

        @Override
        public CommandResult run(CommandContext context) throws CommandException {
            CaseFolder opened = CaseFolder.open(context, caseFolder);
            ContourCaseCommand.planningCt(opened);
            List<StructureStats> all;
            try {
                all = CaseContours.stats(opened.patientCase());
            } catch (ContourException e) {
                throw new CommandException(e.getMessage(), e);
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            for (StructureStats s : all) {
                rows.add(ContourCaseCommand.json(s));
                double[] c = s.centroidMm();
                text.append(String.format(Locale.ROOT, "%-20s %-5s %8.2f cc  centroid %s%n", s.name(), s.type(), s.volumeCc(),
                        c == null ? "-" : String.format(Locale.ROOT, "(%.1f, %.1f, %.1f) mm", c[0], c[1], c[2])));
            }
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("caseFolder", opened.dir().toString());
            json.put("structures", rows);
            return CommandResult.of(text.toString().stripTrailing(), json);
        }
    }

    @Command(name = "mesh", description = "Closed surface of a structure as a binary STL (mm, patient LPS), e.g. for 3D printing or views.")
    public static final class MeshCommand implements CliCommand {
        @Option(names = "--case", required = true, paramLabel = "CASE")
        String caseFolder;
        @Option(names = "--structure", required = true)
        String structure;
        @Option(names = "--stl", required = true, paramLabel = "FILE")
        String stl;

        @Override
        public CommandResult run(CommandContext context) throws CommandException {
            CaseFolder opened = CaseFolder.open(context, caseFolder);
            ContourCaseCommand.planningCt(opened);
            CaseContours.Mesh mesh;
            try {
                mesh = CaseContours.mesh(opened.patientCase(), structure, null);
            } catch (ContourException e) {
                throw new CommandException(e.getMessage(), e);
            }
            Path file = context.resolve(stl);
            try {
                mesh.surface().writeStl(file, structure);
            } catch (IOException e) {
                throw new CommandException(file + ": cannot write: " + e.getMessage(), e);
            }
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("stl", file.toString());
            json.put("triangles", mesh.surface().triangleCount());
            json.put("meshVolumeCc", mesh.surface().volumeCc());
            json.put("maskVolumeCc", mesh.maskVolumeCc());
            json.put("closed", mesh.surface().isClosed());
            return CommandResult.of(String.format(Locale.ROOT, "%s: %d triangles, closed %s, enclosed %.2f cc (mask %.2f cc) -> %s", structure,
                    mesh.surface().triangleCount(), mesh.surface().isClosed(), mesh.surface().volumeCc(), mesh.maskVolumeCc(), file), json);
        }
    }
}
