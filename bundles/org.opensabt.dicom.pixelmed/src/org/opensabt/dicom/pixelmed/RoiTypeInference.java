package org.opensabt.dicom.pixelmed;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.opensabt.model.RoiType;

/**
 * The model type of an ROI from its RT ROI Interpreted Type (3006,00A4; PS3.3 C.8.8.8.1 defined terms) and its
 * name. Structure sets from the wild often leave the type empty, omit the observation, or write one generic
 * value for every ROI (ORGAN, CONTROL, NONE): the name then decides.
 * <ul>
 * <li>GTV, CTV, PTV, EXTERNAL (BODY) and AVOIDANCE (AVOID) are taken as written; so are the other defined
 * terms (MARKER, SUPPORT, BOLUS…: OTHER).</li>
 * <li>ORGAN: OAR, unless the name clearly says a target (GTV/CTV/PTV/ITV…) or the body outline: the name wins,
 * with a warning.</li>
 * <li>Empty, missing, CONTROL, NONE, OTHER, UNKNOWN: from the name, with a warning.</li>
 * <li>ITV is neither a defined term nor a model type: it becomes CTV (ICRU 62: the CTV with its internal
 * margin, the volume the seeds must cover), with a warning.</li>
 * <li>A structure set written by OpenSABT (Manufacturer and Manufacturer's Model Name "OpenSABT") states the
 * types its user set: ORGAN is OAR and CONTROL is OTHER whatever the name, so a helper named "GTV_ring" typed
 * OTHER comes back as OTHER.</li>
 * </ul>
 * Names: a target is a name that starts with GTV, CTV, PTV or ITV ("GTV-1", "GTVp", "gtv_primary", "CTV_60",
 * "PTV 1"); the body is BODY, External, Skin, Outline or Patient (optionally numbered); an organ is one of
 * {@link #ORGANS}, whatever the case, separators and laterality ("Spinal-Cord", "SpinalCord", "Lung_L",
 * "Lung-Left", "LUNG_LT", "Kidney_R", "Femur_Head_L"); helper structures (a "z" or "x" prefix as in "zPTV",
 * or a ring/opt/PRV part) and everything else are OTHER.
 */
final class RoiTypeInference {

    /** The type and, when the name decided or overrode the file, why (else null). */
    record Decision(RoiType type, String reason) {
    }

    /** Organ names, normalised (upper case, letters and digits only, laterality removed). */
    static final Set<String> ORGANS = Set.of("SPINALCORD", "CORD", "SPINALCANAL", "CAUDAEQUINA", "BRAINSTEM", "BRAIN", "CEREBELLUM", "CHIASM",
            "OPTICCHIASM", "OPTICNERVE", "OPTNRV", "EYE", "GLOBE", "LENS", "RETINA", "COCHLEA", "PAROTID", "SUBMANDIBULAR", "MANDIBLE", "ORALCAVITY",
            "LARYNX", "PHARYNX", "THYROID", "ESOPHAGUS", "OESOPHAGUS", "TRACHEA", "BRONCHUS", "BRONCHI", "PROXIMALBRONCHIALTREE", "LUNG", "LUNGS",
            "LUNGTOTAL", "HEART", "PERICARDIUM", "AORTA", "GREATVESSELS", "VENACAVA", "SVC", "IVC", "PULMONARYARTERY", "BRACHIALPLEXUS", "CHESTWALL",
            "RIBS", "LIVER", "STOMACH", "DUODENUM", "BOWEL", "SMALLBOWEL", "BOWELSMALL", "LARGEBOWEL", "BOWELLARGE", "BOWELBAG", "COLON", "SIGMOID",
            "RECTUM", "ANALCANAL", "ANUS", "BLADDER", "URETHRA", "PENILEBULB", "KIDNEY", "KIDNEYS", "SPLEEN", "PANCREAS", "GALLBLADDER", "FEMUR",
            "FEMURHEAD", "FEMORALHEAD", "HEADFEMUR", "FEMURHEADNECK", "HUMERALHEAD", "SCIATICNERVE", "SACRALPLEXUS", "CAUDA", "OVARY",
            "OVARIES", "TESTIS", "TESTES", "MUSCLE", "VESSELS");

    /** Interpreted types that say nothing of what the ROI is. */
    private static final Set<String> GENERIC = Set.of("", "CONTROL", "NONE", "OTHER", "UNKNOWN");
    private static final Set<String> LATERALITY = Set.of("L", "R", "LT", "RT", "LEFT", "RIGHT", "LFT", "RGT", "BILAT", "BILATERAL");
    private static final Set<String> BODY_WORDS = Set.of("BODY", "EXTERNAL", "SKIN", "OUTLINE", "PATIENT", "EXT");
    private static final Set<String> SUBTRACTED = Set.of("GTV", "CTV", "PTV", "ITV", "MINUS", "EXCL");
    private static final Pattern HELPER_PREFIX = Pattern.compile("^[zZxX](?=[A-Z_\\-. ])");
    private static final Pattern HELPER_PART = Pattern.compile("(^|[^A-Z])(RING|OPT|PRV|SHELL|HELPER)([^A-Z]|$)");
    private static final String ITV_NOTE = "ITV has no DICOM interpreted type nor model type: taken as CTV (ICRU 62: the CTV with its internal margin)";

    private RoiTypeInference() {
    }

    /**
     * @param interpreted the RT ROI Interpreted Type as written, or null when no RT ROI Observations item refers to the ROI
     */
    static Decision decide(String interpreted, String name) {
        return decide(interpreted, name, false);
    }

    /**
     * @param ours whether OpenSABT wrote the file: its stated types are the user's (CONTROL is OTHER, ORGAN is OAR)
     */
    static Decision decide(String interpreted, String name, boolean ours) {
        if (ours && interpreted != null) {
            switch (interpreted.strip().toUpperCase(Locale.ROOT)) {
            case "CONTROL":
                return new Decision(RoiType.OTHER, null);
            case "ORGAN":
                return new Decision(RoiType.OAR, null);
            default:
                break;
            }
        }
        Decision byName = fromName(name);
        if (interpreted == null) {
            return new Decision(byName.type(), "no RT ROI Observations item refers to it: " + byName.reason());
        }
        String t = interpreted.strip().toUpperCase(Locale.ROOT);
        switch (t) {
        case "GTV":
            return new Decision(RoiType.GTV, null);
        case "CTV":
            return new Decision(RoiType.CTV, null);
        case "PTV":
            return new Decision(RoiType.PTV, null);
        case "ITV":
            return new Decision(RoiType.CTV, ITV_NOTE);
        case "EXTERNAL", "BODY":
            return new Decision(RoiType.BODY, null);
        case "AVOIDANCE":
            return new Decision(RoiType.AVOID, null);
        case "ORGAN", "OAR":
            if (isTarget(byName.type()) || byName.type() == RoiType.BODY) {
                return new Decision(byName.type(), "RT ROI Interpreted Type is " + t + " but the name says " + byName.type().getLiteral() + ": "
                        + byName.reason() + " (the name wins)");
            }
            return new Decision(RoiType.OAR, null);
        default:
            if (GENERIC.contains(t)) {
                return new Decision(byName.type(), "RT ROI Interpreted Type is " + (t.isEmpty() ? "empty" : t) + ": " + byName.reason());
            }
            return new Decision(RoiType.OTHER, null); // MARKER, SUPPORT, BOLUS, CAVITY…: not anatomy the planner uses
        }
    }

    /** The type a name says, and why (always with a reason). */
    static Decision fromName(String name) {
        String n = name.strip();
        String upper = n.toUpperCase(Locale.ROOT);
        if (HELPER_PREFIX.matcher(n).find() || HELPER_PART.matcher(upper).find()) {
            return new Decision(RoiType.OTHER, "typed OTHER from its name (a helper structure: z/x prefix, ring, opt or PRV)");
        }
        for (String prefix : List.of("GTV", "CTV", "PTV")) {
            if (upper.startsWith(prefix)) {
                return new Decision(RoiType.valueOf(prefix), "typed " + prefix + " from its name (" + prefix + " prefix)");
            }
        }
        if (upper.startsWith("ITV")) {
            return new Decision(RoiType.CTV, "typed CTV from its name; " + ITV_NOTE);
        }
        List<String> tokens = tokens(upper);
        if (!tokens.isEmpty() && BODY_WORDS.contains(tokens.get(0)) && tokens.stream().skip(1).allMatch(x -> x.matches("[0-9]+|CONTOUR"))) {
            return new Decision(RoiType.BODY, "typed BODY from its name (body outline)");
        }
        String organ = organ(tokens);
        if (organ != null) {
            return new Decision(RoiType.OAR, "typed OAR from its name (organ " + organ.toLowerCase(Locale.ROOT) + ")");
        }
        return new Decision(RoiType.OTHER, "typed OTHER (the name names no target, body outline or known organ)");
    }

    private static boolean isTarget(RoiType t) {
        return t == RoiType.GTV || t == RoiType.CTV || t == RoiType.PTV;
    }

    private static List<String> tokens(String upper) {
        List<String> out = new ArrayList<>();
        for (String t : upper.split("[^A-Z0-9]+")) {
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    /** The organ of a name's tokens (laterality and a subtracted target dropped; "LungL" read as "Lung L"), or null. */
    private static String organ(List<String> tokens) {
        List<String> kept = new ArrayList<>();
        for (String t : tokens) {
            if (SUBTRACTED.contains(t) && !kept.isEmpty()) {
                break;
            }
            if (!LATERALITY.contains(t)) {
                kept.add(t);
            }
        }
        String joined = String.join("", kept);
        if (ORGANS.contains(joined)) {
            return joined;
        }
        if (joined.length() > 3 && (joined.endsWith("L") || joined.endsWith("R")) && ORGANS.contains(joined.substring(0, joined.length() - 1))) {
            return joined.substring(0, joined.length() - 1);
        }
        return null;
    }
}
