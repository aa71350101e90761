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
import org.opensabt.contour.StructureGeometry;
import org.opensabt.model.ImageSeries;
import org.opensabt.model.ModelFactory;
import org.opensabt.model.PatientCase;
import org.opensabt.model.RoiType;
import org.opensabt.model.Structure;
import org.opensabt.model.StructureSet;
import org.opensabt.model.Study;
import org.opensabt.model.geometry.GridGeometry;
import org.opensabt.model.store.CaseStore;

import picocli.CommandLine.Option;

/**
 * Common frame of the {@code opensabt contour …} commands: load the case, work on the CT's grid,
 * add the new structure to the case's structure set and save atomically (nothing is written when
 * anything fails).
 */
abstract class ContourCaseCommand implements CliCommand {

    @Option(names = "--case", required = true, paramLabel = "CASE", description = "Case folder.")
    String caseFolder;

    @Option(names = "--replace", description = "Replace a structure of the same name.")
    boolean replace;

    PatientCase patientCase;
    ImageSeries ct;
    GridGeometry grid;
    Path caseDir;
    CaseStore store;

    /** The structure to add (its name decides what it replaces), and lines for the report. */
    abstract Structure build(CommandContext context, List<String> report) throws CommandException;

    @Override
    public final CommandResult run(CommandContext context) throws CommandException {
        load(context);
        List<String> report = new ArrayList<>();
        Structure created = build(context, report);
        if (created.getName() == null || created.getName().isBlank()) {
            throw new CommandException("the new structure needs a name (--name)");
        }
        StructureSet set = structureSet();
        Structure existing = find(created.getName(), false);
        if (existing != null && !replace) {
            throw new CommandException("the case already has a structure named " + created.getName() + "; give --replace or another --name");
        }
        if (existing != null) {
            // keep the object (plans and metrics refer to it); take the new geometry
            existing.getContours().clear();
            existing.getContours().addAll(new java.util.ArrayList<>(created.getContours()));
            existing.setType(created.getType());
            if (!created.getColorRgb().isEmpty()) {
                existing.getColorRgb().clear();
                existing.getColorRgb().addAll(new java.util.ArrayList<>(created.getColorRgb()));
            }
            for (org.opensabt.model.Plan plan : patientCase.getPlans()) {
                if (plan.getTarget() == existing || plan.getMetrics().stream().anyMatch(m -> m.getStructure() == existing)) {
                    report.add("plan " + plan.getPlanId() + " refers to " + existing.getName() + ": its metrics describe the old contours until the dose is recomputed");
                }
            }
            created = existing;
        } else {
            int roi = set.getStructures().stream().mapToInt(Structure::getRoiNumber).max().orElse(0) + 1;
            created.setRoiNumber(roi);
            set.getStructures().add(created);
        }
        try {
            store.save(patientCase, caseDir);
        } catch (IOException e) {
            throw new CommandException(e.getMessage(), e);
        }
        Map<String, Object> stats = StructureStats.of(created, grid);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("caseFolder", caseDir.toString());
        json.put("structure", stats);
        json.put("notes", report);
        String text = String.format(Locale.ROOT, "%s: %s, %d contours, %.2f cc (%d voxels)%s%nSaved in %s", created.getName(),
                created.getType().getLiteral(), created.getContours().size(), (Double) stats.get("volumeCc"), (Long) stats.get("voxels"),
                report.isEmpty() ? "" : "\n" + String.join("\n", report), caseDir);
        return CommandResult.of(text, json);
    }

    void load(CommandContext context) throws CommandException {
        caseDir = context.resolve(caseFolder);
        store = new CaseStore(context.productVersion()).onNotice(notice -> context.progress("warning: " + notice));
        try {
            patientCase = store.load(caseDir);
        } catch (IOException e) {
            throw new CommandException(e.getMessage(), e);
        }
        for (Study study : patientCase.getStudies()) {
            if (!study.getSeries().isEmpty()) {
                ct = study.getSeries().get(0);
                break;
            }
        }
        if (ct == null || ct.getVoxels() == null) {
            throw new CommandException(caseDir + ": the case has no CT series with voxels");
        }
        grid = GridGeometry.of(ct);
    }

    StructureSet structureSet() {
        Study study = (Study) ct.eContainer();
        if (study.getStructureSets().isEmpty()) {
            StructureSet set = ModelFactory.eINSTANCE.createStructureSet();
            set.setLabel("OpenSABT");
            set.setFrameOfReferenceUid(ct.getFrameOfReferenceUid());
            set.setReferencedSeriesUid(ct.getSeriesInstanceUid());
            study.getStructureSets().add(set);
        }
        return study.getStructureSets().get(0);
    }

    Structure find(String name, boolean required) throws CommandException {
        List<String> names = new ArrayList<>();
        for (Study study : patientCase.getStudies()) {
            for (StructureSet set : study.getStructureSets()) {
                for (Structure s : set.getStructures()) {
                    if (s.getName().equalsIgnoreCase(name)) {
                        return s;
                    }
                    names.add(s.getName());
                }
            }
        }
        if (required) {
            throw new CommandException("no structure named \"" + name + "\" (have: " + (names.isEmpty() ? "none" : String.join(", ", names)) + ")");
        }
        return null;
    }

    Mask maskOf(String name) throws CommandException {
        Mask mask = StructureGeometry.mask(find(name, true), grid);
        if (mask.isEmpty()) {
            throw new CommandException("structure " + name + " has no voxel on the CT grid");
        }
        return mask;
    }

    static Structure structure(Mask mask, String name, RoiType type, int[] rgb) throws CommandException {
        if (mask.isEmpty()) {
            throw new CommandException("the result is empty: no structure " + name + " was added");
        }
        return StructureGeometry.toStructure(mask, name, type, rgb);
    }
}
