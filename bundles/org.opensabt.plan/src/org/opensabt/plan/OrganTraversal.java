package org.opensabt.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which organs at risk needles may cross unless the request says otherwise. Percutaneous seed implants
 * routinely pass through lung parenchyma (lung tumours), liver (liver metastases), skeletal muscle and fat;
 * they never pass through the spinal cord, brainstem, heart, great vessels, bowel, bladder, rectum, urethra,
 * nerves, trachea/bronchi or oesophagus. An organ is recognised by its name: case, separators and
 * laterality ("Lung-Left", "Lung_L", "LUNG_LT", "LungR", "Lungs") do not matter, nor a target subtracted ("Lungs-GTV"). Every organ not on the
 * traversable list, including names not recognised (e.g. "OAR"), is no-pass by default.
 * {@link PlanRequest#passThroughOars()} makes an organ crossable, {@link PlanRequest#noTraverseOars()} no-pass.
 */
public final class OrganTraversal {

    /** Organ names (normalised: upper case, letters and digits only, laterality removed) needles may cross by default. */
    public static final Set<String> TRAVERSABLE = Set.of("LUNG", "LUNGS", "LUNGTOTAL", "LIVER", "MUSCLE", "MUSCLES", "FAT", "SUBCUTANEOUSFAT",
            "ADIPOSE", "SOFTTISSUE", "PSOAS", "GLUTEUS", "GLUTEUSMAXIMUS", "ILIACUS", "PARASPINAL", "PARASPINALMUSCLES", "PECTORALIS", "QUADRICEPS");

    private static final Set<String> LATERALITY = Set.of("L", "R", "LT", "RT", "LEFT", "RIGHT", "LFT", "RGT", "BILAT", "BILATERAL");

    private static final Set<String> SUBTRACTED = Set.of("GTV", "CTV", "PTV", "ITV", "MINUS", "EXCL");

    private OrganTraversal() {
    }

    /** Whether needles may cross an organ of this name unless the request says otherwise. */
    public static boolean traversableByDefault(String structureName) {
        return TRAVERSABLE.contains(organ(structureName));
    }

    /** The organ a name stands for, normalised ("Lung-Left" → "LUNG", "Femur_Head_L" → "FEMURHEAD"). */
    static String organ(String name) {
        String[] tokens = name.toUpperCase(Locale.ROOT).split("[^A-Z0-9]+");
        List<String> kept = new ArrayList<>();
        for (String t : tokens) {
            if (SUBTRACTED.contains(t) && !kept.isEmpty()) {
                break; // "Lungs-GTV", "Liver_minus_PTV": the organ without the target
            }
            if (!t.isEmpty() && !LATERALITY.contains(t)) {
                kept.add(t);
            }
        }
        String joined = String.join("", kept);
        // a side letter written onto the name ("LungL", "KidneyR")
        if (!TRAVERSABLE.contains(joined) && joined.length() > 3 && (joined.endsWith("L") || joined.endsWith("R"))
                && TRAVERSABLE.contains(joined.substring(0, joined.length() - 1))) {
            return joined.substring(0, joined.length() - 1);
        }
        return joined;
    }
}
