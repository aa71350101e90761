package org.opensabt.template;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.opensabt.model.GuideHole;
import org.opensabt.model.ModelFactory;
import org.opensabt.model.Needle;
import org.opensabt.model.NeedleTemplate;
import org.opensabt.model.PatientCase;
import org.opensabt.model.Plan;

/**
 * The needle template of a case's plan as a typed API, used alike by {@code opensabt template}, the
 * Template view and the tests. Three separate steps:
 * <ol>
 * <li>{@link #design} computes the template from the case in memory and changes nothing;</li>
 * <li>{@link #export} writes its files (template.stl, needles.csv, needles.json, drawing.png) to a folder;
 * it needs neither a saved case nor a case folder;</li>
 * <li>{@link #apply} records the template in the case (its guide holes, the STL's path, each needle's hole
 * label): the command line then saves the case under its lock, the workbench runs it as one undoable command.</li>
 * </ol>
 */
public final class CaseTemplates {

    public static final String STL_FILE = "template.stl";
    public static final String CSV_FILE = "needles.csv";
    public static final String JSON_FILE = "needles.json";
    public static final String DRAWING_FILE = "drawing.png";

    /**
     * What to design.
     *
     * @param planId     the plan whose needles the template guides
     * @param spec       the plate's parameters (null: {@link TemplateSpec#DEFAULT})
     * @param templateId the template's id in the case (null: {@code <planId>-template})
     */
    public record Request(String planId, TemplateSpec spec, String templateId) {
        public Request {
            if (planId == null || planId.isBlank()) {
                throw new IllegalArgumentException("planId: a plan id is required");
            }
            spec = spec != null ? spec : TemplateSpec.DEFAULT;
            templateId = templateId != null && !templateId.isBlank() ? templateId : planId + "-template";
        }

        public Request(String planId) {
            this(planId, null, null);
        }
    }

    /** A designed template, neither written nor recorded; {@code designSeconds} is the design's wall time. */
    public record Result(String caseId, String planId, String templateId, TemplateDesigner.Design design, double designSeconds) {
    }

    /** The files {@link #export} wrote. */
    public record Exported(Path folder, Path stlFile, Path needlesCsv, Path needlesJson, Path drawingPng) {
    }

    private CaseTemplates() {
    }

    /** The plan with this id; the message lists the case's plans. */
    public static Plan plan(PatientCase patientCase, String planId) throws TemplateException {
        for (Plan p : patientCase.getPlans()) {
            if (p.getPlanId().equals(planId)) {
                return p;
            }
        }
        throw new TemplateException("no plan " + planId + " (plans: " + String.join(", ", patientCase.getPlans().stream().map(Plan::getPlanId).toList()) + ")");
    }

    /**
     * Designs the template of the request's plan; the case is not changed.
     *
     * @throws TemplateException one line saying which plan, needle or part cannot be made and why
     * @throws OperationCanceledException if the monitor was cancelled (checked before and after the design)
     */
    public static Result design(PatientCase patientCase, Request request, IProgressMonitor monitor) throws TemplateException {
        SubMonitor progress = SubMonitor.convert(monitor, "Template of plan " + request.planId(), 1);
        Plan plan = plan(patientCase, request.planId());
        checkCanceled(progress);
        progress.subTask("designing the plate for " + plan.getNeedles().size() + " needles of plan " + plan.getPlanId());
        long t0 = System.nanoTime();
        TemplateDesigner.Design design = new TemplateDesigner(request.spec()).design(patientCase, plan);
        double seconds = (System.nanoTime() - t0) / 1e9;
        checkCanceled(progress);
        if (!design.mesh().isClosedOrientedManifold()) {
            throw new IllegalStateException("the template surface is not a closed oriented manifold; nothing written");
        }
        progress.worked(1);
        return new Result(patientCase.getCaseId(), plan.getPlanId(), request.templateId(), design, seconds);
    }

    /**
     * Writes the template's files into {@code folder} (created if missing; existing files of these names are
     * replaced): the binary STL (mm, patient LPS), the needle table as CSV and JSON, and the drawing.
     */
    public static Exported export(Result result, Path folder, IProgressMonitor monitor) throws IOException {
        SubMonitor progress = SubMonitor.convert(monitor, "Writing template " + result.templateId(), 4);
        TemplateDesigner.Design design = result.design();
        String planId = result.planId();
        String id = result.templateId();
        Files.createDirectories(folder);
        Path stl = folder.resolve(STL_FILE);
        Path csv = folder.resolve(CSV_FILE);
        Path json = folder.resolve(JSON_FILE);
        Path drawing = folder.resolve(DRAWING_FILE);
        design.mesh().writeStl(stl, "OpenSABT needle template " + id + ", plan " + planId + ", patient LPS mm");
        progress.worked(1);
        checkCanceled(progress);
        TemplateOutputs.writeCsv(design, csv);
        TemplateOutputs.writeJson(design, planId, json);
        progress.worked(2);
        checkCanceled(progress);
        TemplateOutputs.writeDrawing(design, "Needle template " + id + " (plan " + planId + ", case " + result.caseId() + ")", drawing);
        progress.worked(1);
        return new Exported(folder, stl, csv, json, drawing);
    }

    /**
     * Records the template in the case: a template of the same id is replaced, the plan's needles get their
     * hole labels, and the STL's absolute path is kept if {@code files} is given (else left unset).
     *
     * @return the template added to the case
     * @throws IllegalArgumentException if the case has no plan of the result's id
     */
    public static NeedleTemplate apply(PatientCase patientCase, Result result, Exported files) {
        Plan plan = patientCase.getPlans().stream().filter(p -> p.getPlanId().equals(result.planId())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the case has no plan " + result.planId() + " to record template " + result.templateId()));
        TemplateDesigner.Design design = result.design();
        String id = result.templateId();
        patientCase.getTemplates().removeIf(t -> id.equals(t.getTemplateId()));
        NeedleTemplate t = ModelFactory.eINSTANCE.createNeedleTemplate();
        t.setTemplateId(id);
        t.setPlan(plan);
        t.setThicknessMm(design.spec().thicknessMm());
        if (files != null) {
            t.setStlFile(files.stlFile().toAbsolutePath().toString());
        }
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
        patientCase.getTemplates().add(t);
        return t;
    }

    /** {@link #apply(PatientCase, Result, Exported)} without files: the template is recorded with no STL path. */
    public static NeedleTemplate apply(PatientCase patientCase, Result result) {
        return apply(patientCase, result, null);
    }

    private static void checkCanceled(IProgressMonitor monitor) {
        if (monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
    }
}
