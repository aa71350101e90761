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
 * Reads a brachytherapy RT Plan (PS3.3 C.8.8.15 RT Brachy Application Setups). LDR seeds: every
 * channel whose control points stay at one position is a seed there, with the strength of its source
 * (Reference Air Kerma Rate, µGy h⁻¹ at 1 m = U) and, when the plan gives Control Point Orientation
 * (300A,0412), its axis. Channels whose source moves (HDR/PDR) are read as dwell positions with their
 * times, for display only.
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
        Map<Integer, Source> sources = new HashMap<>();
        List<Source> sourceList = new ArrayList<>();
        for (AttributeList s : items(list, SourceSequence)) {
            int number = Attribute.getSingleIntegerValueOrDefault(s, SourceNumber, -1);
            double rate = Attribute.getSingleDoubleValueOrDefault(s, ReferenceAirKermaRate, Double.NaN);
            if (number < 0 || !(rate >= 0)) {
                throw new DicomImportException(file, "a (300A,0210) SourceSequence item lacks (300A,0212) SourceNumber or (300A,022A) ReferenceAirKermaRate");
            }
            Source source = new Source(number, Attribute.getSingleStringValueOrEmptyString(s, SourceIsotopeName),
                    Attribute.getSingleDoubleValueOrDefault(s, SourceIsotopeHalfLife, Double.NaN), rate,
                    Attribute.getSingleStringValueOrEmptyString(s, SourceStrengthReferenceDate),
                    Attribute.getSingleDoubleValueOrDefault(s, ActiveSourceLength, Double.NaN), Attribute.getSingleStringValueOrEmptyString(s, SourceManufacturer));
            sources.put(number, source);
            sourceList.add(source);
        }
        List<PlannedSeed> seeds = new ArrayList<>();
        List<Dwell> dwells = new ArrayList<>();
        for (AttributeList setup : setups) {
            for (AttributeList channel : items(setup, ChannelSequence)) {
                int number = Attribute.getSingleIntegerValueOrDefault(channel, ChannelNumber, -1);
                Source source = sources.get(Attribute.getSingleIntegerValueOrDefault(channel, ReferencedSourceNumber, -1));
                if (source == null) {
                    throw new DicomImportException(file, "channel " + number + ": (300C,000E) ReferencedSourceNumber names no source of the plan");
                }
                double total = Attribute.getSingleDoubleValueOrDefault(channel, ChannelTotalTime, 0);
                double finalWeight = Attribute.getSingleDoubleValueOrDefault(channel, FinalCumulativeTimeWeight, 1);
                List<AttributeList> points = items(channel, BrachyControlPointSequence);
                if (points.isEmpty()) {
                    continue;
                }
                double[] first = position(points.get(0), file, number);
                boolean fixed = true;
                for (AttributeList point : points) {
                    double[] p = position(point, file, number);
                    fixed &= Math.abs(p[0] - first[0]) < 1e-3 && Math.abs(p[1] - first[1]) < 1e-3 && Math.abs(p[2] - first[2]) < 1e-3;
                }
                if (fixed) {
                    double[] orientation = Attribute.getDoubleValues(points.get(0), ControlPointOrientation);
                    seeds.add(new PlannedSeed(number, first, orientation != null && orientation.length == 3 ? orientation : null,
                            source.referenceAirKermaRateU(), source));
                } else {
                    double previousWeight = 0;
                    for (AttributeList point : points) {
                        double weight = Attribute.getSingleDoubleValueOrDefault(point, CumulativeTimeWeight, 0);
                        if (weight > previousWeight) {
                            dwells.add(new Dwell(number, position(point, file, number), total * (weight - previousWeight) / finalWeight));
                        }
                        previousWeight = weight;
                    }
                }
            }
        }
        double prescription = Double.NaN;
        for (AttributeList reference : items(list, DoseReferenceSequence)) {
            double dose = Attribute.getSingleDoubleValueOrDefault(reference, TargetPrescriptionDose, Double.NaN);
            if (Double.isFinite(dose)) {
                prescription = dose;
            }
        }
        return new BrachyPlan(Attribute.getSingleStringValueOrEmptyString(list, RTPlanLabel),
                Attribute.getSingleStringValueOrEmptyString(list, BrachyTreatmentTechnique), Attribute.getSingleStringValueOrEmptyString(list, BrachyTreatmentType),
                prescription, sourceList, seeds, dwells, Attribute.getSingleStringValueOrEmptyString(list, TagFromName.FrameOfReferenceUID),
                new BrachyPlan.Identity(Attribute.getSingleStringValueOrEmptyString(list, TagFromName.SOPInstanceUID).strip(),
                        Attribute.getSingleStringValueOrEmptyString(list, TagFromName.PatientID).strip(),
                        Attribute.getSingleStringValueOrEmptyString(list, TagFromName.PatientName).strip(),
                        Attribute.getSingleStringValueOrEmptyString(list, TagFromName.StudyInstanceUID).strip(),
                        Attribute.getSingleStringValueOrEmptyString(list, TagFromName.StudyDate).strip()));
    }

    private static double[] position(AttributeList point, Path file, int channel) throws DicomImportException {
        double[] p = Attribute.getDoubleValues(point, ControlPoint3DPosition);
        if (p == null || p.length != 3) {
            throw new DicomImportException(file, "channel " + channel + ": a control point lacks (300A,02D4) ControlPoint3DPosition");
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
