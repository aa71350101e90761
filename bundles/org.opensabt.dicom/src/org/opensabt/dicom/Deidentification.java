package org.opensabt.dicom;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How an export is de-identified (DICOM PS3.15 Annex E): the Basic Application Level Confidentiality
 * Profile with Retain Longitudinal Temporal Information with Modified Dates (E.3.6), and optionally Retain
 * UIDs (E.3.9) and Clean Descriptors (E.3.5). Every replacement is derived from the original value with a
 * keyed hash (HMAC-SHA-256) under the site's secret ({@link SiteKey}), so it is the same in every object
 * and every export of the same patient, and cannot be reversed or recomputed without the key.
 */
public final class Deidentification {

    private final byte[] key;
    private final boolean retainUids;
    private final boolean cleanDescriptors;

    /**
     * @param key              the site secret, at least 32 bytes
     * @param retainUids       keep the original UIDs (PS3.15 E.3.9)
     * @param cleanDescriptors replace ROI names and plan labels by neutral ones (PS3.15 E.3.5)
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
