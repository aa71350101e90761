package org.opensabt.dicom;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Set;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How an export is de-identified (DICOM PS3.15 Annex E): the Basic Application Level Confidentiality
 * Profile with Retain Longitudinal Temporal Information with Modified Dates (E.3.6), and optionally Retain
 * UIDs (E.3.9) and Clean Descriptors (E.3.5). Descriptors: ROI Name (3006,0026) gets a dummy, its RT ROI
 * Interpreted Type and ROI number (e.g. GTV_1), or with Clean Descriptors is kept when {@link #isCleanRoiName clean};
 * RT Plan Label (300A,0002) gets a keyed dummy (PLAN-XXXXXX); RT Plan Name (300A,0003) is removed. Every replacement is derived from the original value with a
 * keyed hash (HMAC-SHA-256) under the site's secret ({@link SiteKey}), so it is the same in every object
 * and every export of the same patient, and cannot be reversed or recomputed without the key.
 */
public final class Deidentification {

    /**
     * Clean Descriptors (PS3.15 E.3.5): the words an ROI name may be made of to be kept, with numbers and
     * separators between them (AAPM TG-263 style names such as GTV_Mass_CT, PTV_5mm, Rectum, Bladder_minus_PTV).
     * A name with any other word (a person's or place's name, free text) is replaced like in the Basic Profile.
     */
    public static final Set<String> ROI_NAME_TERMS = Set.of("GTV", "CTV", "PTV", "ITV", "IGTV", "ICTV", "PRV", "BODY", "EXTERNAL", "SKIN",
            "BONE", "BONES", "OAR", "AVOID", "AVOIDANCE", "TARGET", "RING", "SHELL", "MARGIN", "MINUS", "PLUS", "AND", "OR", "NOT", "EVAL",
            "OPT", "HOT", "COLD", "MM", "CM", "CT", "MR", "MRI", "PET", "CBCT", "MASS", "NODE", "NODES", "LN", "TUMOR", "TUMOUR", "BOOST",
            "HIGH", "LOW", "DOSE", "RX", "SEED", "SEEDS", "NEEDLE", "NEEDLES", "TEMPLATE", "IMPLANT", "PRIMARY", "ROI", "L", "R", "LT", "RT",
            "LEFT", "RIGHT", "SUP", "INF", "ANT", "POST", "BRAIN", "BRAINSTEM", "SPINALCORD", "CORD", "SPINAL", "CANAL", "CAUDA", "EQUINA",
            "SACRUM", "PLEXUS", "BRACHIAL", "LUMBOSACRAL", "NERVE", "SCIATIC", "FEMUR", "FEMORAL", "HEAD", "HUMERUS", "PELVIS", "RIB",
            "RIBS", "VERTEBRA", "LUNG", "LUNGS", "HEART", "LIVER", "KIDNEY", "KIDNEYS", "BOWEL", "SMALL", "LARGE", "COLON", "SIGMOID",
            "DUODENUM", "STOMACH", "ESOPHAGUS", "OESOPHAGUS", "TRACHEA", "RECTUM", "ANUS", "BLADDER", "PROSTATE", "URETHRA", "PENILE",
            "BULB", "UTERUS", "CERVIX", "VAGINA", "OVARY", "TESTIS", "SPLEEN", "PANCREAS", "GALLBLADDER", "BREAST", "CHEST", "WALL",
            "THYROID", "PAROTID", "MANDIBLE", "LARYNX", "PHARYNX", "ORAL", "CAVITY", "EYE", "LENS", "OPTIC", "CHIASM", "AORTA", "VENA",
            "CAVA", "ARTERY", "VEIN", "VESSEL", "VESSELS", "MUSCLE", "SOFT", "TISSUE", "LIMB", "ARM", "LEG", "THIGH", "KNEE");

    private final byte[] key;
    private final boolean retainUids;
    private final boolean cleanDescriptors;

    /**
     * @param key              the site secret, at least 32 bytes
     * @param retainUids       keep the original UIDs (PS3.15 E.3.9)
     * @param cleanDescriptors keep ROI names made of {@link #ROI_NAME_TERMS} (PS3.15 E.3.5); without it every ROI name is
     *                         replaced by its RT ROI Interpreted Type and number (Basic Profile, action D)
     */
    public Deidentification(byte[] key, boolean retainUids, boolean cleanDescriptors) {
        if (key == null || key.length < SiteKey.MIN_BYTES) {
            throw new IllegalArgumentException("the de-identification key must hold at least " + SiteKey.MIN_BYTES + " bytes");
        }
        this.key = key.clone();
        this.retainUids = retainUids;
        this.cleanDescriptors = cleanDescriptors;
    }

    /** The Patient ID a plain export writes for the case (its patient's, else the case id): the key of the pseudonym and date shift. */
    public static String patientIdOf(org.opensabt.model.PatientCase patientCase) {
        org.opensabt.model.Patient p = patientCase.getPatient();
        return p == null || p.getPatientId() == null || p.getPatientId().isBlank() ? patientCase.getCaseId() : p.getPatientId();
    }

    /** Whether an ROI name is kept with Clean Descriptors: only {@link #ROI_NAME_TERMS}, digits and separators. */
    public static boolean isCleanRoiName(String name) {
        if (name == null || name.isBlank()) {
            return false;
        }
        for (String word : name.split("[^A-Za-z]+")) {
            if (!word.isEmpty() && !ROI_NAME_TERMS.contains(word.toUpperCase(java.util.Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    public boolean retainUids() {
        return retainUids;
    }

    public boolean cleanDescriptors() {
        return cleanDescriptors;
    }

    /** Pseudonymous Patient ID and Name: "OPENSABT-" and 10 base-32 digits (50 bits) of HMAC(key, patient ID). */
    public String pseudonym(String patientId) {
        byte[] h = hmac("patient-id", patientId);
        String digits = new BigInteger(1, Arrays.copyOf(h, 8)).shiftRight(14).toString(32).toUpperCase(java.util.Locale.ROOT);
        return "OPENSABT-" + "0".repeat(10 - digits.length()) + digits;
    }

    /** A dummy for a descriptor such as a plan label (PS3.15 action D): {@code prefix}, "-" and 6 base-32 digits of HMAC(key, original). */
    public String label(String prefix, String original) {
        byte[] h = hmac("label-" + prefix, original);
        String digits = new BigInteger(1, Arrays.copyOf(h, 4)).shiftRight(2).toString(32).toUpperCase(java.util.Locale.ROOT);
        return prefix + "-" + "0".repeat(6 - digits.length()) + digits;
    }

    /**
     * The replacement of an instance, series, study or frame-of-reference UID: "2.25." and the decimal value of
     * a UUID (PS3.5 B.2) made of the first 128 bits of HMAC(key, UID), with the version (8, RFC 9562 custom) and
     * variant bits set. The original UID itself with {@link #retainUids()}.
     */
    public String uid(String original) {
        if (retainUids || original == null || original.isEmpty()) {
            return original;
        }
        byte[] u = Arrays.copyOf(hmac("uid", original), 16);
        u[6] = (byte) ((u[6] & 0x0F) | 0x80);
        u[8] = (byte) ((u[8] & 0x3F) | 0x80);
        return "2.25." + new BigInteger(1, u);
    }

    /**
     * Days every date of the patient is moved by (PS3.15 E.3.6, modified dates): between 365 and 3650 days back,
     * fixed per patient by HMAC(key, patient ID), so intervals between dates are kept.
     */
    public int dateShiftDays(String patientId) {
        byte[] h = hmac("date-shift", patientId);
        int r = new BigInteger(1, Arrays.copyOf(h, 4)).mod(BigInteger.valueOf(3650 - 365 + 1)).intValue();
        return -(365 + r);
    }

    private byte[] hmac(String purpose, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            // purpose separates the derivations, so a pseudonym never equals a UID's hash input
            return mac.doFinal((purpose + "\u0000" + (value == null ? "" : value)).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable in this Java runtime", e);
        }
    }
}
