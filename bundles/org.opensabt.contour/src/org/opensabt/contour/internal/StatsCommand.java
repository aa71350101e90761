package org.opensabt.contour.internal;

import java.io.IOException;
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
import org.opensabt.contour.Mask;
import org.opensabt.contour.SurfaceMesh;
import org.opensabt.model.Structure;
import org.opensabt.model.StructureSet;
import org.opensabt.model.Study;

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
            Loaded loaded = new Loaded(context, caseFolder);
            List<Map<String, Object>> rows = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            for (Study study : loaded.command.patientCase.getStudies()) {
                for (StructureSet set : study.getStructureSets()) {
                    for (Structure s : set.getStructures()) {
                        Map<String, Object> m = StructureStats.of(s, loaded.command.grid);
                        rows.add(m);
                        @SuppressWarnings("unchecked")
                        List<Double> c = (List<Double>) m.get("centroidMm");
                        text.append(String.format(Locale.ROOT, "%-20s %-5s %8.2f cc  centroid %s%n", s.getName(), s.getType().getLiteral(),
                                (Double) m.get("volumeCc"), c == null ? "-" : String.format(Locale.ROOT, "(%.1f, %.1f, %.1f) mm", c.get(0), c.get(1), c.get(2))));
                    }
                }
            }
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("caseFolder", loaded.command.caseDir.toString());
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
            Loaded loaded = new Loaded(context, caseFolder);
            Mask mask = loaded.command.maskOf(structure);
            SurfaceMesh mesh = SurfaceMesh.of(mask);
            Path file = context.resolve(stl);
            try {
                mesh.writeStl(file, structure);
            } catch (IOException e) {
                throw new CommandException(file + ": cannot write: " + e.getMessage(), e);
            }
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("stl", file.toString());
            json.put("triangles", mesh.triangleCount());
            json.put("meshVolumeCc", mesh.volumeCc());
            json.put("maskVolumeCc", mask.volumeCc());
            json.put("closed", mesh.isClosed());
            return CommandResult.of(String.format(Locale.ROOT, "%s: %d triangles, closed %s, enclosed %.2f cc (mask %.2f cc) -> %s", structure,
                    mesh.triangleCount(), mesh.isClosed(), mesh.volumeCc(), mask.volumeCc(), file), json);
        }
    }

    /** Reuses the case loading of the structure-adding commands. */
    private static final class Loaded {
        final ContourCaseCommand command = new ContourCaseCommand() {
            @Override
            Structure build(CommandContext context, List<String> report) {
                throw new UnsupportedOperationException();
            }
        };

        Loaded(CommandContext context, String caseFolder) throws CommandException {
            command.caseFolder = caseFolder;
            command.load(context);
        }
    }

}
