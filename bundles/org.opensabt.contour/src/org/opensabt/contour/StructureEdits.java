package org.opensabt.contour;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.opensabt.model.DoseMetric;
import org.opensabt.model.Implant;
import org.opensabt.model.ModelFactory;
import org.opensabt.model.ModelPackage;
import org.opensabt.model.PatientCase;
import org.opensabt.model.Plan;
import org.opensabt.model.RoiType;
import org.opensabt.model.Structure;
import org.opensabt.model.StructureSet;

/**
 * The structure edits of the contouring tools: create, rename, change type, change colour, delete. Each
 * checks its input first ({@code check…}, one line naming the structure or value at fault) and then changes
 * the case; the workbench runs each change inside one undoable {@code CaseSession.change}, tests and the
 * command line call them directly; {@link #compute}/{@link #apply} do a whole change of name, type and colour
 * ({@code opensabt contour set}). Names are unique in a case, ignoring case, as the planner looks
 * structures up by name.
 */
public final class StructureEdits {

    /** ROI Name (3006,0026) is a DICOM LO: at most 64 characters, no backslash (PS3.5 §6.2). */
    public static final int MAX_NAME_LENGTH = 64;

    /**
     * Colours offered for new structures, chosen away from the slice views' isodose palette (pale blue,
     * yellow, orange, white, all dashed) so a new outline is not taken for an isodose line.
     */
    private static final int[][] PALETTE = { { 0, 200, 0 }, { 0, 120, 255 }, { 230, 0, 230 }, { 0, 200, 200 }, { 140, 80, 255 }, { 160, 100, 40 },
            { 255, 90, 140 }, { 120, 200, 80 } };

    private StructureEdits() {
    }

    /** The trimmed name if a structure can take it ({@code renamed}: the one being renamed, else null). */
    public static String checkName(PatientCase patientCase, String name, Structure renamed) throws ContourException {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            throw new ContourException("a structure needs a name");
        }
        if (n.length() > MAX_NAME_LENGTH || n.indexOf('\\') >= 0) {
            throw new ContourException("structure name \"" + n + "\": at most " + MAX_NAME_LENGTH + " characters and no backslash (DICOM ROI Name)");
        }
        for (Structure s : CaseContents.structures(patientCase)) {
            if (s != renamed && s.getName().equalsIgnoreCase(n)) {
                throw new ContourException.NameTaken(s.getName());
            }
        }
        return n;
    }

    /** Colour values 0–255, three of them. */
    public static void checkColour(int[] colorRgb) throws ContourException {
        if (colorRgb == null || colorRgb.length != 3) {
            throw new ContourException("a structure colour needs three values (red, green, blue)");
        }
        for (int c : colorRgb) {
            if (c < 0 || c > 255) {
                throw new ContourException("structure colour value " + c + " is outside 0–255");
            }
        }
    }

    /**
     * Adds an empty structure (no contours yet) to the planning CT's structure set (made when the study has
     * none) with the next ROI number; returns it.
     */
    public static Structure create(PatientCase patientCase, String name, RoiType type, int[] colorRgb) throws ContourException {
        String n = checkName(patientCase, name, null);
        checkColour(colorRgb);
        if (type == null) {
            throw new ContourException("structure " + n + " needs a type");
        }
        StructureSet set = CaseContours.structureSet(CaseContours.planningCt(patientCase));
        Structure s = ModelFactory.eINSTANCE.createStructure();
        s.setName(n);
        s.setType(type);
        for (int c : colorRgb) {
            s.getColorRgb().add(c);
        }
        s.setRoiNumber(1 + CaseContents.structures(patientCase).stream().mapToInt(Structure::getRoiNumber).max().orElse(0));
        set.getStructures().add(s);
        return s;
    }

    /**
     * A change of one structure's name, type or colour, e.g. from {@code opensabt contour set}.
     *
     * @param structure the structure's current name (exact, as the planner looks it up)
     * @param newName   its new name, or null to keep it
     * @param type      its new type, or null to keep it
     * @param colorRgb  its new display colour (three values 0–255), or null to keep it
     */
    public record Change(String structure, String newName, RoiType type, int[] colorRgb) {
    }

    /**
     * A checked {@link Change}: the structure, its values before and after, and what the user should know
     * (e.g. that it is the target of an approved plan). {@link #apply} writes it into the case.
     */
    public record Changed(Structure structure, String oldName, String name, RoiType oldType, RoiType type, int[] oldColorRgb, int[] colorRgb,
            List<String> notes) {

        public boolean renamed() {
            return !name.equals(oldName);
        }

        public boolean retyped() {
            return type != oldType;
        }

        public boolean recoloured() {
            return !java.util.Arrays.equals(colorRgb, oldColorRgb);
        }

        /** What changes, e.g. "Rename Lung_L to Lung-Left, type OAR → GTV, colour 255,0,0" (empty when nothing does). */
        public String description() {
            List<String> what = new ArrayList<>();
            if (renamed()) {
                what.add("Rename " + oldName + " to " + name);
            }
            if (retyped()) {
                what.add((what.isEmpty() ? "Type of " + oldName + " " : "type ") + oldType.getLiteral() + " → " + type.getLiteral());
            }
            if (recoloured()) {
                what.add((what.isEmpty() ? "Colour of " + oldName + " " : "colour ") + colorRgb[0] + "," + colorRgb[1] + "," + colorRgb[2]);
            }
            return String.join(", ", what);
        }
    }

    /**
     * Checks a change and says what it would do; never changes the case. Refused in one line: an unknown
     * structure (the case's names listed), a name another structure has ({@link ContourException.NameTaken}),
     * a bad name or colour, or nothing to change. Structures are not part of an approved plan (the rule
     * guards a plan's needles, seeds, dose and prescription), so the target of an approved plan may be
     * renamed, retyped or recoloured; the result's notes say so.
     */
    public static Changed compute(PatientCase patientCase, Change change, IProgressMonitor monitor) throws ContourException {
        SubMonitor progress = SubMonitor.convert(monitor, "Change structure " + change.structure(), 1);
        if (progress.isCanceled()) {
            throw new OperationCanceledException();
        }
        List<Structure> all = CaseContents.structures(patientCase);
        Structure s = all.stream().filter(x -> x.getName().equals(change.structure())).findFirst()
                .orElseThrow(() -> new ContourException("no structure " + change.structure() + " in the case (have: "
                        + String.join(", ", all.stream().map(Structure::getName).toList()) + ")"));
        if (change.newName() == null && change.type() == null && change.colorRgb() == null) {
            throw new ContourException("nothing to change for " + s.getName() + ": give a new name, type or colour");
        }
        String name = change.newName() == null ? s.getName() : checkName(patientCase, change.newName(), s);
        if (change.colorRgb() != null) {
            checkColour(change.colorRgb());
        }
        List<Integer> rgb = s.getColorRgb();
        int[] old = rgb.size() == 3 ? new int[] { rgb.get(0), rgb.get(1), rgb.get(2) } : null;
        int[] colour = change.colorRgb() != null ? change.colorRgb().clone() : old;
        RoiType type = change.type() != null ? change.type() : s.getType();
        List<String> notes = new ArrayList<>();
        for (Plan plan : patientCase.getPlans()) {
            if (plan.getTarget() == s && plan.getStatus() == org.opensabt.model.PlanStatus.APPROVED) {
                notes.add(s.getName() + " is the target of approved plan " + plan.getPlanId() + "; the plan, its dose and metrics are unchanged");
            }
        }
        if (type != s.getType() && patientCase.getPlans().stream().anyMatch(p -> p.getTarget() == s) && (type == RoiType.OAR || type == RoiType.BODY
                || type == RoiType.AVOID)) {
            notes.add(s.getName() + " is a plan's target and is now typed " + type.getLiteral());
        }
        progress.worked(1);
        return new Changed(s, s.getName(), name, s.getType(), type, old, colour, List.copyOf(notes));
    }

    /** Writes a computed change into the case (the name checked again: the case may have changed since). */
    public static void apply(PatientCase patientCase, Changed changed) throws ContourException {
        Structure s = changed.structure();
        if (changed.renamed()) {
            rename(patientCase, s, changed.name());
        }
        if (changed.retyped()) {
            setType(s, changed.type());
        }
        if (changed.recoloured()) {
            setColour(s, changed.colorRgb());
        }
    }

    public static void rename(PatientCase patientCase, Structure structure, String name) throws ContourException {
        structure.setName(checkName(patientCase, name, structure));
    }

    public static void setType(Structure structure, RoiType type) throws ContourException {
        if (type == null) {
            throw new ContourException("structure " + structure.getName() + " needs a type");
        }
        structure.setType(type);
    }

    public static void setColour(Structure structure, int[] colorRgb) throws ContourException {
        checkColour(colorRgb);
        structure.getColorRgb().clear();
        for (int c : colorRgb) {
            structure.getColorRgb().add(c);
        }
    }

    /**
     * What in the case refers to a structure, one line each: "target of plan P" (deleting is then refused)
     * and "N dose metrics of plan P" / "of implant I" (deleted with it).
     */
    public static List<String> dependents(PatientCase patientCase, Structure structure) {
        List<String> out = new ArrayList<>();
        Map<String, Integer> metrics = new LinkedHashMap<>();
        for (EStructuralFeature.Setting setting : usages(patientCase, structure)) {
            EObject owner = setting.getEObject();
            if (owner instanceof Plan plan && setting.getEStructuralFeature() == ModelPackage.Literals.PLAN__TARGET) {
                out.add("target of plan " + plan.getPlanId());
            } else if (owner instanceof DoseMetric metric) {
                metrics.merge(ownerName(metric), 1, Integer::sum);
            } else {
                out.add("referred to by " + owner.eClass().getName() + " (" + setting.getEStructuralFeature().getName() + ")");
            }
        }
        metrics.forEach((where, n) -> out.add(String.format(Locale.ROOT, "%d dose metric%s of %s", n, n == 1 ? "" : "s", where)));
        return out;
    }

    /** Refuses deleting a structure a plan is prescribed to (or anything else refers to, other than dose metrics). */
    public static void checkDelete(PatientCase patientCase, Structure structure) throws ContourException {
        for (EStructuralFeature.Setting setting : usages(patientCase, structure)) {
            if (!(setting.getEObject() instanceof DoseMetric)) {
                String what = setting.getEObject() instanceof Plan plan ? "the target of plan " + plan.getPlanId() : "referred to by " + setting.getEObject().eClass().getName();
                throw new ContourException(structure.getName() + " is " + what + " and cannot be deleted");
            }
        }
    }

    /** Deletes a structure and the dose metrics that describe it (refused as {@link #checkDelete} says). */
    public static void delete(PatientCase patientCase, Structure structure) throws ContourException {
        checkDelete(patientCase, structure);
        for (EStructuralFeature.Setting setting : usages(patientCase, structure)) {
            EcoreUtil.remove(setting.getEObject());
        }
        EcoreUtil.remove(structure);
    }

    /** A colour for a new structure: BODY skin-coloured, AVOID bone-white, else the first palette colour no structure of the case has. */
    public static int[] suggestedColour(PatientCase patientCase, RoiType type) {
        if (type == RoiType.BODY) {
            return new int[] { 230, 190, 160 };
        }
        if (type == RoiType.AVOID) {
            return new int[] { 240, 240, 200 };
        }
        if (type == RoiType.GTV) {
            return new int[] { 255, 0, 0 };
        }
        List<List<Integer>> used = CaseContents.structures(patientCase).stream().map(Structure::getColorRgb).map(List::copyOf).toList();
        for (int[] c : PALETTE) {
            if (!used.contains(List.of(c[0], c[1], c[2]))) {
                return c.clone();
            }
        }
        return PALETTE[0].clone();
    }

    private static Collection<EStructuralFeature.Setting> usages(PatientCase patientCase, Structure structure) {
        return EcoreUtil.UsageCrossReferencer.find(structure, patientCase);
    }

    private static String ownerName(DoseMetric metric) {
        EObject c = metric.eContainer();
        if (c instanceof Plan plan) {
            return "plan " + plan.getPlanId();
        }
        if (c instanceof Implant implant) {
            return "implant " + implant.getImplantId();
        }
        return c == null ? "no plan" : c.eClass().getName();
    }
}
