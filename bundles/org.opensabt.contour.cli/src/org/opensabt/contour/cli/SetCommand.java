package org.opensabt.contour.cli;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.opensabt.cli.api.CaseFolder;
import org.opensabt.cli.api.CliCommand;
import org.opensabt.cli.api.CommandContext;
import org.opensabt.cli.api.CommandException;
import org.opensabt.cli.api.CommandResult;
import org.opensabt.contour.ContourException;
import org.opensabt.contour.StructureEdits;
import org.opensabt.model.RoiType;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code opensabt contour set}: a structure's name, type or colour, e.g. a GTV an import typed as an organ. */
@Command(name = "set", description = { "Change a structure's type, name or display colour (e.g. a GTV imported as an organ at risk).",
        "Types: GTV, CTV, PTV, OAR, BODY, AVOID, OTHER (DICOM's ORGAN, EXTERNAL and AVOIDANCE are accepted too)." })
public final class SetCommand implements CliCommand {

    @Option(names = "--case", required = true, paramLabel = "CASE", description = "Case folder.")
    String caseFolder;
    @Option(names = "--structure", required = true, paramLabel = "NAME", description = "The structure to change (its current name).")
    String structure;
    @Option(names = "--type", paramLabel = "TYPE", description = "New type: GTV, CTV, PTV, OAR, BODY, AVOID or OTHER.")
    String type;
    @Option(names = "--name", paramLabel = "NEW", description = "New name (unique in the case, at most 64 characters).")
    String name;
    @Option(names = "--color", paramLabel = "R,G,B", description = "New display colour, three values 0–255.")
    String color;

    @Override
    public CommandResult run(CommandContext context) throws CommandException {
        StructureEdits.Change change = new StructureEdits.Change(structure, name, type == null ? null : type(type), color == null ? null : colour(color));
        try (CaseFolder opened = CaseFolder.openForWrite(context, caseFolder)) {
            StructureEdits.Changed changed;
            try {
                changed = StructureEdits.compute(opened.patientCase(), change, context.progressMonitor());
                StructureEdits.apply(opened.patientCase(), changed);
            } catch (ContourException.NameTaken e) {
                throw new CommandException(opened.dir() + ": the case already has a structure named " + e.name() + "; give another --name", e);
            } catch (ContourException e) {
                throw new CommandException(opened.dir() + ": " + e.getMessage(), e);
            }
            if (changed.renamed() || changed.retyped() || changed.recoloured()) {
                opened.save();
            }
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("name", changed.name());
            s.put("previousName", changed.oldName());
            s.put("type", changed.type().getLiteral());
            s.put("previousType", changed.oldType().getLiteral());
            s.put("colorRgb", changed.colorRgb() == null ? null : Arrays.stream(changed.colorRgb()).boxed().toList());
            s.put("previousColorRgb", changed.oldColorRgb() == null ? null : Arrays.stream(changed.oldColorRgb()).boxed().toList());
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("caseFolder", opened.dir().toString());
            json.put("structure", s);
            json.put("changed", !changed.description().isEmpty());
            json.put("notes", changed.notes());
            String what = changed.description().isEmpty() ? changed.oldName() + ": unchanged (the values given are its own)" : changed.description();
            StringBuilder text = new StringBuilder(what);
            for (String note : changed.notes()) {
                text.append("\nnote: ").append(note);
            }
            text.append(changed.description().isEmpty() ? "" : "\nSaved in " + opened.dir());
            return CommandResult.of(text.toString(), json);
        }
    }

    static RoiType type(String text) throws CommandException {
        String t = text.strip().toUpperCase(Locale.ROOT);
        RoiType r = switch (t) {
        case "ORGAN" -> RoiType.OAR;
        case "EXTERNAL" -> RoiType.BODY;
        case "AVOIDANCE" -> RoiType.AVOID;
        default -> RoiType.get(t);
        };
        if (r == null) {
            throw new CommandException("unknown --type '" + text + "' (" + String.join(", ", RoiType.VALUES.stream().map(RoiType::getLiteral).toList()) + ")");
        }
        return r;
    }

    static int[] colour(String text) throws CommandException {
        String[] parts = text.split(",", -1);
        int[] rgb = new int[parts.length];
        try {
            for (int i = 0; i < parts.length; i++) {
                rgb[i] = Integer.parseInt(parts[i].strip());
            }
        } catch (NumberFormatException e) {
            rgb = null;
        }
        if (rgb == null || rgb.length != 3 || List.of(rgb[0], rgb[1], rgb[2]).stream().anyMatch(v -> v < 0 || v > 255)) {
            throw new CommandException("--color takes R,G,B: three whole numbers 0–255, not '" + text + "'");
        }
        return rgb;
    }
}
