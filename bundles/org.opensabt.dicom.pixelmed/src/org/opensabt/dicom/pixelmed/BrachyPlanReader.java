package org.opensabt.dicom.pixelmed;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.opensabt.dicom.BrachyPlan;
import org.opensabt.dicom.BrachyPlan.Dwell;
import org.opensabt.dicom.BrachyPlan.PlannedSeed;
import org.opensabt.dicom.BrachyPlan.Source;
import org.opensabt.dicom.DicomImportException;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.SequenceAttribute;
import com.pixelmed.dicom.TagFromName;

/**
 * Reads a brachytherapy RT Plan by the meaning of PS3.3 C.8.8.15 (RT Brachy Application Setups) and
 * C.8.8.15.x (Brachy Control Point Sequence).
 * <p>
 * A channel holds <b>fixed sources (seeds)</b> when its Source Movement Type (300A,0288) is FIXED, or
 * when the plan's Brachy Treatment Type (300A,0202) is LDR or MANUAL and the channel does not say its
 * source moves (STEPWISE, OSCILLATING, UNIDIRECTIONAL), or (plans without a type) when all its control
 * points share one position. A seed sits at each control point where the Cumulative Time Weight
 * (300A,02D6) increases from the previous point (from 0 at the first), so one reader serves the
 * patterns planning systems write:
 * <ul>
 * <li>four points per seed: CP0/CP1 at the seed with weights 0/100, CP2/CP3 1 mm along its axis with
 * weights 0/0 (the second pair only gives the orientation);</li>
 * <li>one point per seed (any weight);</li>
 * <li>two points at one position (weights 0 and W);</li>
 * <li>strands: several seeds in one channel, spacers being points where the weight does not increase.</li>
 * </ul>
 * A seed's axis is its Control Point Orientation (300A,0412) when given, else the direction to the next
 * control point of the channel at another position (else from the previous one: the strand's line),
 * else none. Its strength is that of the channel's referenced source: Reference Air Kerma Rate
 * (300A,022A), µGy h⁻¹ at 1 m = U; when that is 0 or missing, Source Strength (300A,022B) if its units
 * (300A,0229) are AIR_KERMA_RATE; otherwise the source has no usable strength (NaN, with the reason),
 * which the caller refuses unless the user gives one. Private tags (e.g. Nucletron's (300F,1000)
 * catheter ROIs, which pyTG43 and pymedphys once relied on) are never needed.
 * <p>
 * Other channels (moving sources, HDR/PDR) are read as dwell positions with their times (Channel Total
 * Time × weight increase / Final Cumulative Time Weight, the last weight when that is missing), for
 * display and for the refusal's reason.
 */
final class BrachyPlanReader {

    static final AttributeTag BrachyTreatmentType = new AttributeTag(0x300A, 0x0202);
    static final AttributeTag BrachyTreatmentTechnique = new AttributeTag(0x300A, 0x0200);
    static final AttributeTag SourceSequence = new AttributeTag(0x300A, 0x0210);
    static final AttributeTag SourceNumber = new AttributeTag(0x300A, 0x0212);
    static final AttributeTag SourceIsotopeName = new AttributeTag(0x300A, 0x0226);
    static final AttributeTag SourceIsotopeHalfLife = new AttributeTag(0x300A, 0x0228);
    static final AttributeTag ReferenceAirKermaRate = new AttributeTag(0x300A, 0x022A);
    static final AttributeTag SourceStrengthReferenceDate = new AttributeTag(0x300A, 0x022C);
    static final AttributeTag ActiveSourceLength = new AttributeTag(0x300A, 0x021A);
    static final AttributeTag SourceManufacturer = new AttributeTag(0x300A, 0x0216);
    static final AttributeTag ApplicationSetupSequence = new AttributeTag(0x300A, 0x0230);
    static final AttributeTag ChannelSequence = new AttributeTag(0x300A, 0x0280);
    static final AttributeTag ChannelNumber = new AttributeTag(0x300A, 0x0282);
    static final AttributeTag ChannelTotalTime = new AttributeTag(0x300A, 0x0286);
    static final AttributeTag ReferencedSourceNumber = new AttributeTag(0x300C, 0x000E);
    static final AttributeTag FinalCumulativeTimeWeight = new AttributeTag(0x300A, 0x02C8);
    static final AttributeTag BrachyControlPointSequence = new AttributeTag(0x300A, 0x02D0);
    static final AttributeTag CumulativeTimeWeight = new AttributeTag(0x300A, 0x02D6);
    static final AttributeTag ControlPoint3DPosition = new AttributeTag(0x300A, 0x02D4);
    static final AttributeTag ControlPointOrientation = new AttributeTag(0x300A, 0x0412);
    static final AttributeTag DoseReferenceSequence = new AttributeTag(0x300A, 0x0010);
    static final AttributeTag TargetPrescriptionDose = new AttributeTag(0x300A, 0x0026);
    static final AttributeTag RTPlanLabel = new AttributeTag(0x300A, 0x0002);
    static final AttributeTag SourceMovementType = new AttributeTag(0x300A, 0x0288);
    static final AttributeTag SourceStrengthUnits = new AttributeTag(0x300A, 0x0229);
    static final AttributeTag SourceStrength = new AttributeTag(0x300A, 0x022B);
    static final AttributeTag ControlPointRelativePosition = new AttributeTag(0x300A, 0x02D2);
    static final AttributeTag FractionGroupSequence = new AttributeTag(0x300A, 0x0070);
    static final AttributeTag NumberOfFractionsPlanned = new AttributeTag(0x300A, 0x0078);
    static final AttributeTag ReferencedBrachyApplicationSetupSequence = new AttributeTag(0x300C, 0x000A);
    static final AttributeTag BrachyApplicationSetupDose = new AttributeTag(0x300A, 0x00A4);

    /** Positions closer than this (mm) are the same position. */
    static final double SAME_POSITION_MM = 1e-3;

    BrachyPlan read(Path file) throws DicomImportException {
        AttributeList list = DicomFiles.read(file);
        String modality = Attribute.getSingleStringValueOrEmptyString(list, TagFromName.Modality);
        if (!modality.equals("RTPLAN")) {
            throw new DicomImportException(file, "(0008,0060) Modality is \"" + modality + "\", not RTPLAN");
        }
        List<AttributeList> setups = items(list, ApplicationSetupSequence);
        if (setups.isEmpty()) {
            throw new DicomImportException(file, "(300A,0230) ApplicationSetupSequence is missing: not a brachytherapy plan"
                    + (list.get(new AttributeTag(0x300A, 0x00B0)) != null ? " (it has beams: an external-beam plan)" : ""));
        }
        String type = Attribute.getSingleStringValueOrEmptyString(list, BrachyTreatmentType).strip().toUpperCase(java.util.Locale.ROOT);
        List<String> notes = new ArrayList<>();
        Map<Integer, Source> sources = new HashMap<>();
        List<Source> sourceList = new ArrayList<>();
        for (AttributeList s : items(list, SourceSequence)) {
            Source source = source(s, file, notes);
            sources.put(source.number(), source);
            sourceList.add(source);
        }
        List<PlannedSeed> seeds = new ArrayList<>();
        List<Dwell> dwells = new ArrayList<>();
        for (AttributeList setup : setups) {
            for (AttributeList channel : items(setup, ChannelSequence)) {
                int number = Attribute.getSingleIntegerValueOrDefault(channel, ChannelNumber, -1);
                List<AttributeList> points = items(channel, BrachyControlPointSequence);
                if (points.isEmpty()) {
                    notes.add("channel " + number + " has no (300A,02D0) Brachy Control Point Sequence: left out");
                    continue;
                }
                Source source = sources.get(Attribute.getSingleIntegerValueOrDefault(channel, ReferencedSourceNumber, -1));
                if (source == null) {
                    throw new DicomImportException(file, "channel " + number + ": (300C,000E) ReferencedSourceNumber names no source of the plan");
                }
                String movement = Attribute.getSingleStringValueOrEmptyString(channel, SourceMovementType).strip().toUpperCase(java.util.Locale.ROOT);
                double[][] positions = new double[points.size()][];
                double[] weights = new double[points.size()];
                boolean onePosition = true;
                for (int i = 0; i < points.size(); i++) {
                    positions[i] = position(points.get(i), file, number, i);
                    weights[i] = Attribute.getSingleDoubleValueOrDefault(points.get(i), CumulativeTimeWeight, Double.NaN);
                    onePosition &= same(positions[i], positions[0]);
                }
                boolean moving = List.of("STEPWISE", "OSCILLATING", "UNIDIRECTIONAL").contains(movement);
                boolean fixed = movement.equals("FIXED") || !moving && (type.equals("LDR") || type.equals("MANUAL") || type.isEmpty() && onePosition);
                if (fixed) {
                    seeds(file, number, source, points, positions, weights, onePosition, seeds, notes);
                } else {
                    double total = Attribute.getSingleDoubleValueOrDefault(channel, ChannelTotalTime, 0);
                    double finalWeight = Attribute.getSingleDoubleValueOrDefault(channel, FinalCumulativeTimeWeight, Double.NaN);
                    if (!(finalWeight > 0)) {
                        finalWeight = java.util.Arrays.stream(weights).filter(Double::isFinite).max().orElse(1);
                    }
                    double previousWeight = 0;
                    for (int i = 0; i < points.size(); i++) {
                        double weight = Double.isFinite(weights[i]) ? weights[i] : previousWeight;
                        if (weight > previousWeight) {
                            dwells.add(new Dwell(number, positions[i], total * (weight - previousWeight) / finalWeight, movement));
                        }
                        previousWeight = weight;
                    }
                }
            }
        }
        if (!seeds.isEmpty() && !dwells.isEmpty()) {
            notes.add(dwells.size() + " dwell positions of moving-source channels are not seeds and are left out of the dose");
        }
        double prescription = Double.NaN;
        for (AttributeList reference : items(list, DoseReferenceSequence)) {
            double dose = Attribute.getSingleDoubleValueOrDefault(reference, TargetPrescriptionDose, Double.NaN);
            if (Double.isFinite(dose)) {
                prescription = dose;
            }
        }
        if (!Double.isFinite(prescription)) { // some systems give it only as the setups' dose (300A,00A4) per fraction
            for (AttributeList group : items(list, FractionGroupSequence)) {
                int fractions = Attribute.getSingleIntegerValueOrDefault(group, NumberOfFractionsPlanned, 1);
                double sum = 0;
                for (AttributeList ref : items(group, ReferencedBrachyApplicationSetupSequence)) {
                    double dose = Attribute.getSingleDoubleValueOrDefault(ref, BrachyApplicationSetupDose, Double.NaN);
                    sum += Double.isFinite(dose) ? dose : 0;
                }
                if (sum > 0) {
                    prescription = sum * Math.max(1, fractions);
                    notes.add("prescription from (300A,00A4) Brachy Application Setup Dose × " + Math.max(1, fractions)
                            + " fraction(s): the plan has no (300A,0026) Target Prescription Dose");
                    break;
                }
            }
        }
        return new BrachyPlan(Attribute.getSingleStringValueOrEmptyString(list, RTPlanLabel),
                Attribute.getSingleStringValueOrEmptyString(list, BrachyTreatmentTechnique), Attribute.getSingleStringValueOrEmptyString(list, BrachyTreatmentType),
                prescription, sourceList, seeds, dwells, Attribute.getSingleStringValueOrEmptyString(list, TagFromName.FrameOfReferenceUID),
                new BrachyPlan.Identity(Attribute.getSingleStringValueOrEmptyString(list, TagFromName.SOPInstanceUID).strip(),
                        Attribute.getSingleStringValueOrEmptyString(list, TagFromName.PatientID).strip(),
                        Attribute.getSingleStringValueOrEmptyString(list, TagFromName.PatientName).strip(),
                        Attribute.getSingleStringValueOrEmptyString(list, TagFromName.StudyInstanceUID).strip(),
                        Attribute.getSingleStringValueOrEmptyString(list, TagFromName.StudyDate).strip()),
                List.copyOf(notes));
    }

    /** A Source Sequence item; its strength NaN with the reason when the plan gives no usable air-kerma strength. */
    private static Source source(AttributeList s, Path file, List<String> notes) throws DicomImportException {
        int number = Attribute.getSingleIntegerValueOrDefault(s, SourceNumber, -1);
        if (number < 0) {
            throw new DicomImportException(file, "a (300A,0210) SourceSequence item lacks (300A,0212) SourceNumber");
        }
        String isotope = Attribute.getSingleStringValueOrEmptyString(s, SourceIsotopeName).strip();
        double rate = Attribute.getSingleDoubleValueOrDefault(s, ReferenceAirKermaRate, Double.NaN);
        String problem = null;
        if (!(rate > 0)) {
            // PS3.3: Reference Air Kerma Rate is zero for non-gamma sources, whose strength is Source Strength (300A,022B) in its units (300A,0229)
            String units = Attribute.getSingleStringValueOrEmptyString(s, SourceStrengthUnits).strip().toUpperCase(java.util.Locale.ROOT);
            double strength = Attribute.getSingleDoubleValueOrDefault(s, SourceStrength, Double.NaN);
            String said = "(300A,022A) Reference Air Kerma Rate is " + (Double.isNaN(rate) ? "missing" : Dataset.decimal(rate));
            if (units.equals("AIR_KERMA_RATE") && strength > 0) {
                notes.add("source " + number + ": " + said + "; its (300A,022B) Source Strength " + Dataset.decimal(strength) + " (AIR_KERMA_RATE, U) is used");
                rate = strength;
            } else {
                problem = "source " + number + (isotope.isEmpty() ? "" : " (" + isotope + ")") + " has no air-kerma strength: " + said
                        + (units.isEmpty() ? " and it has no (300A,022B) Source Strength with (300A,0229) Source Strength Units AIR_KERMA_RATE"
                                : " and its (300A,022B) Source Strength is in (300A,0229) units " + units + ", not AIR_KERMA_RATE");
                rate = Double.NaN;
            }
        }
        return new Source(number, isotope, Attribute.getSingleDoubleValueOrDefault(s, SourceIsotopeHalfLife, Double.NaN), rate,
                Attribute.getSingleStringValueOrEmptyString(s, SourceStrengthReferenceDate), Attribute.getSingleDoubleValueOrDefault(s, ActiveSourceLength, Double.NaN),
                Attribute.getSingleStringValueOrEmptyString(s, SourceManufacturer), problem);
    }

    /** The seeds of a fixed-source channel: one at each point where the cumulative time weight increases (see the class comment). */
    private static void seeds(Path file, int channel, Source source, List<AttributeList> points, double[][] positions, double[] weights, boolean onePosition,
            List<PlannedSeed> seeds, List<String> notes) throws DicomImportException {
        List<Integer> at = new ArrayList<>();
        double previous = 0;
        boolean anyWeight = false;
        for (int i = 0; i < points.size(); i++) {
            if (Double.isFinite(weights[i])) {
                anyWeight = true;
                if (weights[i] > previous) {
                    at.add(i);
                }
                previous = weights[i];
            }
        }
        if (at.isEmpty()) {
            if (!onePosition) {
                throw new DicomImportException(file, "channel " + channel + ": its fixed source's control points lie at different positions but their (300A,02D6)"
                        + " Cumulative Time Weight " + (anyWeight ? "never increases" : "is missing") + ", so where its seeds sit is not said");
            }
            if (points.size() > 1 || !anyWeight) {
                notes.add("channel " + channel + ": no increasing (300A,02D6) Cumulative Time Weight; its one position is read as one seed");
            }
            at.add(points.size() - 1); // one point (weight 0 or the final weight only), or all at one position: one seed
        }
        int n = 0;
        for (int i : at) {
            double[] axis = orientation(points.get(i));
            if (axis == null && i > 0 && same(positions[i - 1], positions[i])) {
                axis = orientation(points.get(i - 1));
            }
            for (int j = i + 1; axis == null && j < points.size(); j++) {
                axis = same(positions[j], positions[i]) ? null : unit(positions[i], positions[j]);
            }
            for (int j = i - 1; axis == null && j >= 0; j--) {
                axis = same(positions[j], positions[i]) ? null : unit(positions[j], positions[i]);
            }
            seeds.add(new PlannedSeed(channel, positions[i], axis, source.referenceAirKermaRateU(), source, ++n));
        }
    }

    private static double[] orientation(AttributeList point) {
        double[] o = Attribute.getDoubleValues(point, ControlPointOrientation);
        if (o == null || o.length != 3) {
            return null;
        }
        double n = Math.sqrt(o[0] * o[0] + o[1] * o[1] + o[2] * o[2]);
        return n > 0 && Double.isFinite(n) ? new double[] { o[0] / n, o[1] / n, o[2] / n } : null;
    }

    private static double[] unit(double[] from, double[] to) {
        double[] d = { to[0] - from[0], to[1] - from[1], to[2] - from[2] };
        double n = Math.sqrt(d[0] * d[0] + d[1] * d[1] + d[2] * d[2]);
        return new double[] { d[0] / n, d[1] / n, d[2] / n };
    }

    private static boolean same(double[] a, double[] b) {
        return Math.abs(a[0] - b[0]) < SAME_POSITION_MM && Math.abs(a[1] - b[1]) < SAME_POSITION_MM && Math.abs(a[2] - b[2]) < SAME_POSITION_MM;
    }

    private static double[] position(AttributeList point, Path file, int channel, int index) throws DicomImportException {
        double[] p = Attribute.getDoubleValues(point, ControlPoint3DPosition);
        if (p == null || p.length != 3) {
            throw new DicomImportException(file, "channel " + channel + ": control point " + index + " lacks (300A,02D4) ControlPoint3DPosition"
                    + (point.get(ControlPointRelativePosition) != null ? " (it gives only (300A,02D2) Control Point Relative Position along the channel,"
                            + " whose path this reader does not follow)" : ""));
        }
        return p;
    }

    private static List<AttributeList> items(AttributeList list, AttributeTag tag) {
        List<AttributeList> out = new ArrayList<>();
        if (list.get(tag) instanceof SequenceAttribute s) {
            for (int i = 0; i < s.getNumberOfItems(); i++) {
                out.add(s.getItem(i).getAttributeList());
            }
        }
        return out;
    }
}
