package org.opensabt.template.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.opensabt.cli.api.CaseFolder;
import org.opensabt.cli.api.CliCommand;
import org.opensabt.cli.api.CommandContext;
import org.opensabt.cli.api.CommandException;
import org.opensabt.cli.api.CommandResult;
import org.opensabt.model.GuideHole;
import org.opensabt.model.ModelFactory;
import org.opensabt.model.Needle;
import org.opensabt.model.NeedleTemplate;
import org.opensabt.model.PatientCase;
import org.opensabt.model.Plan;
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
        CaseFolder opened = CaseFolder.open(context, caseFolder);
        Path dir = opened.dir();
        PatientCase c = opened.patientCase();
        Plan plan = c.getPlans().stream().filter(p -> p.getPlanId().equals(planId)).findFirst().orElseThrow(() -> new CommandException(dir + ": no plan "
                + planId + " (plans: " + String.join(", ", c.getPlans().stream().map(Plan::getPlanId).toList()) + ")"));
        long t0 = System.nanoTime();
        context.progress("template: designing the plate for " + plan.getNeedles().size() + " needles of plan " + planId);
        TemplateDesigner.Design design;
        try {
            design = new TemplateDesigner(spec).design(c, plan);
        } catch (TemplateException e) {
            throw new CommandException(dir + ", plan " + planId + ": " + e.getMessage(), e);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (!design.mesh().isClosedOrientedManifold()) {
            throw new IllegalStateException("the template surface is not a closed oriented manifold; nothing written");
        }
        Path folder = context.resolve(out);
        Path stl = folder.resolve("template.stl");
        String id = templateId != null ? templateId : planId + "-template";
        try {
            Files.createDirectories(folder);
            design.mesh().writeStl(stl, "OpenSABT needle template " + id + ", plan " + planId + ", patient LPS mm");
            TemplateOutputs.writeCsv(design, folder.resolve("needles.csv"));
            TemplateOutputs.writeJson(design, planId, folder.resolve("needles.json"));
            TemplateOutputs.writeDrawing(design, "Needle template " + id + " (plan " + planId + ", case " + c.getCaseId() + ")", folder.resolve("drawing.png"));
        } catch (IOException e) {
            throw new CommandException(folder + ": " + e.getMessage(), e);
        }
        record(c, plan, design, id, stl, spec);
        opened.save();
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
                design.mesh().volumeMm3() / 1000, parts, seconds, stl.getFileName(), folder, design.laserReferenceMm()[0],
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

    /** The template in the case: its holes, the STL's path, and each needle's hole label. */
    private static void record(PatientCase c, Plan plan, TemplateDesigner.Design design, String id, Path stl, TemplateSpec spec) {
        c.getTemplates().removeIf(t -> id.equals(t.getTemplateId()));
        NeedleTemplate t = ModelFactory.eINSTANCE.createNeedleTemplate();
        t.setTemplateId(id);
        t.setPlan(plan);
        t.setThicknessMm(spec.thicknessMm());
        t.setStlFile(stl.toAbsolutePath().toString());
        for (TemplateDesigner.Hole h : design.holes()) {
            GuideHole hole = ModelFactory.eINSTANCE.createGuideHole();
            hole.setHoleId(h.label());
            for (int k = 0; k < 3; k++) {
                hole.getCenterMm().add(h.guideTopMm()[k]);
                hole.getDirectionUnit().add(h.directionUnit()[k]);
            }
            hole.setDiameterMm(design.holeDiameterMm());
            t.getGuideHoles().add(hole);
            for (Needle n : plan.getNeedles()) {
                if (n.getNeedleId().equals(h.needleId())) {
                    n.setGuideHoleId(h.label());
                }
            }
        }
        c.getTemplates().add(t);
    }
}
