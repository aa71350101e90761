package org.opensabt.contour;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
 * command line call them directly. Names are unique in a case, ignoring case, as the planner looks
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
