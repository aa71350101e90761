package org.opensabt.template.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.opensabt.cli.api.CaseFolder;
import org.opensabt.cli.api.CliCommand;
import org.opensabt.cli.api.CommandContext;
import org.opensabt.cli.api.CommandException;
import org.opensabt.cli.api.CommandResult;
import org.opensabt.model.PatientCase;
import org.opensabt.template.CaseTemplates;
import org.opensabt.template.TemplateDesigner;
import org.opensabt.template.TemplateException;
import org.opensabt.template.TemplateOutputs;
import org.opensabt.template.TemplateSpec;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "template", description = { "Design the patient-specific 3D-printed needle template of a plan: a plate fitted to the skin with one guide hole",
        "per needle along its axis; writes template.stl (binary, mm, patient LPS), needles.csv/needles.json and drawing.png, and records the template in the case." })
public final class TemplateCommand implements CliCommand {

    @Option(names = "--case", required = true, paramLabel = "CASE") String caseFolder;
    @Option(names = "--plan", required = true, paramLabel = "PLAN", description = "Plan whose needles the template guides.") String planId;
    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for template.stl, needles.csv, needles.json and drawing.png.") String out;
    @Option(names = "--thickness-mm", defaultValue = "5", paramLabel = "MM", description = "Plate thickness (default: ${DEFAULT-VALUE} mm).") double thicknessMm;
    @Option(names = "--gap-mm", defaultValue = "0.5", paramLabel = "MM", description = "Gap between skin and plate (default: ${DEFAULT-VALUE} mm).") double gapMm;
    @Option(names = "--needle-gauge", defaultValue = "18", paramLabel = "G", description = "Needle gauge, 17–22 (default: ${DEFAULT-VALUE} G = 1.27 mm).") int gauge;
    @Option(names = "--clearance-mm", defaultValue = "0.2", paramLabel = "MM", description = "Added to the needle diameter (default: ${DEFAULT-VALUE} mm).") double clearanceMm;
    @Option(names = "--margin-mm", defaultValue = "15", paramLabel = "MM", description = "Plate beyond the outermost entries (default: ${DEFAULT-VALUE} mm).") double marginMm;
    @Option(names = "--resolution-mm", defaultValue = "0.4", paramLabel = "MM", description = "Sampling step of the solid (default: ${DEFAULT-VALUE} mm).") double resolutionMm;
    @Option(names = "--template-id", paramLabel = "ID", description = "Id of the template in the case (default: <PLAN>-template).") String templateId;

    @Override
    public CommandResult run(CommandContext context) throws CommandException {
        TemplateSpec d = TemplateSpec.DEFAULT;
        TemplateSpec spec;
        try {
            spec = new TemplateSpec(thicknessMm, gapMm, marginMm, d.rimWidthMm(), d.rimHeightMm(), gauge, clearanceMm, d.sleeveMinAngleDeg(), d.sleeveLengthMm(),
                    d.engraveDepthMm(), d.labelHeightMm(), resolutionMm);
        } catch (IllegalArgumentException e) {
            throw new CommandException(e.getMessage(), e);
        }
        try (CaseFolder opened = CaseFolder.openForWrite(context, caseFolder)) {
            Path dir = opened.dir();
            PatientCase c = opened.patientCase();
            try {
                CaseTemplates.plan(c, planId);
            } catch (TemplateException e) {
                throw new CommandException(dir + ": " + e.getMessage(), e);
            }
            CaseTemplates.Result result;
            try {
                result = CaseTemplates.design(c, new CaseTemplates.Request(planId, spec, templateId), context.progressMonitor("template: "));
            } catch (TemplateException e) {
                throw new CommandException(dir + ", plan " + planId + ": " + e.getMessage(), e);
            }
            Path folder = context.resolve(out);
            CaseTemplates.Exported files;
            try {
                files = CaseTemplates.export(result, folder, null);
            } catch (IOException e) {
                throw new CommandException(folder + ": " + e.getMessage(), e);
            }
            CaseTemplates.apply(c, result, files);
            opened.save();
            return report(result, files, spec);
        }
    }

    private static CommandResult report(CaseTemplates.Result result, CaseTemplates.Exported files, TemplateSpec spec) {
        TemplateDesigner.Design design = result.design();
        String planId = result.planId();
        String id = result.templateId();
        Path stl = files.stlFile();
        double seconds = result.designSeconds();
        Map<String, Object> json = new LinkedHashMap<>(TemplateOutputs.json(design, planId));
        json.put("templateId", id);
        json.put("stlFile", stl.toString());
        json.put("designSeconds", seconds);
        json.put("closedOrientedManifold", true);
        int parts = design.mesh().parts();
        json.put("parts", parts);
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "Template %s for plan %s: %d guide holes Ø%.2f mm (%d G), plate %.1f mm, %d triangles, %.1f cm³, %d part(s), closed 2-manifold; designed in %.2f s%n"
                        + "Wrote %s, needles.csv, needles.json, drawing.png in %s%nLaser reference (x, z) = (%.0f, %.0f) mm; orientation letters %s",
                id, planId, design.holes().size(), design.holeDiameterMm(), spec.needleGauge(), spec.thicknessMm(), design.mesh().triangleCount(),
                design.mesh().volumeMm3() / 1000, parts, seconds, stl.getFileName(), files.folder(), design.laserReferenceMm()[0],
                design.laserReferenceMm()[2], design.letters().stream().map(TemplateDesigner.Letter::text).toList()));
        for (TemplateDesigner.Hole h : design.holes()) {
            text.append(String.format(Locale.ROOT, "%n  hole %-3s needle %-5s depth %6.1f mm from the guide top, %4.1f° to the plate axis%s, %d seeds", h.label(),
                    h.needleId(), h.depthFromGuideTopMm(), h.angleToAxisDeg(), h.sleeveLengthMm() > 0 ? String.format(Locale.ROOT, ", sleeve %.0f mm",
                            h.sleeveLengthMm()) : "", h.seedsMm().size()));
        }
        for (String note : design.notes()) {
            text.append("\nnote: ").append(note);
        }
        return CommandResult.of(text.toString(), json);
    }
}
