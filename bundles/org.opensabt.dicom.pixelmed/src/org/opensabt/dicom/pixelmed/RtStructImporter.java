package org.opensabt.dicom.pixelmed;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.opensabt.dicom.DicomImportException;
import org.opensabt.model.Contour;
import org.opensabt.model.ModelFactory;
import org.opensabt.model.Structure;
import org.opensabt.model.StructureSet;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.SequenceAttribute;
import com.pixelmed.dicom.TagFromName;

/**
 * Reads an RT Structure Set (PS3.3 A.19): ROIs from the Structure Set ROI Sequence, their planar
 * contours from the ROI Contour Sequence and their type from the RT ROI Observations Sequence, or from
 * their names where the file's type is empty, missing or generic ({@link RoiTypeInference}).
 */
final class RtStructImporter {

    StructureSet importStructureSet(Path file, AttributeList list, List<String> warnings) throws DicomImportException {
        try {
            return read(file, list, warnings);
        } catch (RuntimeException e) {
            // whatever PixelMed throws on a damaged file is this file's fault: one line naming it, never an internal error
            throw new DicomImportException(file, "cannot read the structure set (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage().strip().replaceAll("\\s+", " ")) + ")", e);
        }
    }

    private StructureSet read(Path file, AttributeList list, List<String> warnings) throws DicomImportException {
        String modality = Attribute.getSingleStringValueOrEmptyString(list, TagFromName.Modality).strip();
        if (!"RTSTRUCT".equals(modality)) {
            throw new DicomImportException(file, "(0008,0060) Modality is '" + modality + "', expected RTSTRUCT");
        }
        StructureSet set = ModelFactory.eINSTANCE.createStructureSet();
        set.setSopInstanceUid(Attribute.getSingleStringValueOrNull(list, TagFromName.SOPInstanceUID));
        set.setLabel(Attribute.getSingleStringValueOrNull(list, RtTags.StructureSetLabel));
        set.setFrameOfReferenceUid(firstReferencedFrameOfReference(list));
        set.setReferencedSeriesUid(firstReferencedSeries(list));

        Map<Integer, Structure> byNumber = new HashMap<>();
        SequenceAttribute rois = sequence(list, RtTags.StructureSetROISequence, file, true);
        for (int i = 0; i < rois.getNumberOfItems(); i++) {
            AttributeList item = rois.getItem(i).getAttributeList();
            int number = roiNumber(file, item, RtTags.ROINumber, "(3006,0020) StructureSetROISequence item " + (i + 1));
            Structure structure = ModelFactory.eINSTANCE.createStructure();
            structure.setRoiNumber(number);
            String name = Attribute.getSingleStringValueOrEmptyString(item, RtTags.ROIName).strip();
            structure.setName(name.isEmpty() ? "ROI " + number : name);
            if (byNumber.put(number, structure) != null) {
                throw new DicomImportException(file, "(3006,0022) ROINumber " + number + " is used twice");
            }
            set.getStructures().add(structure);
        }

        SequenceAttribute observations = sequence(list, RtTags.RTROIObservationsSequence, file, false);
        Map<Integer, String> interpreted = new HashMap<>(); // ROI number → RT ROI Interpreted Type as written ("" when empty)
        for (int i = 0; observations != null && i < observations.getNumberOfItems(); i++) {
            AttributeList item = observations.getItem(i).getAttributeList();
            int ref = roiNumber(file, item, RtTags.ReferencedROINumber, "(3006,0080) RTROIObservationsSequence item " + (i + 1));
            Structure s = byNumber.get(ref);
            if (s == null) {
                warnings.add(file.getFileName() + ": (3006,0080) RTROIObservationsSequence item " + (i + 1) + " refers to ROI number " + ref
                        + ", which the StructureSetROISequence does not define; ignored");
            }
            String type = Attribute.getSingleStringValueOrEmptyString(item, RtTags.RTROIInterpretedType).strip();
            if (s != null && (!interpreted.containsKey(ref) || interpreted.get(ref).isEmpty())) {
                interpreted.put(ref, type);
            }
        }
        boolean ours = "OpenSABT".equals(Attribute.getSingleStringValueOrEmptyString(list, TagFromName.Manufacturer).strip())
                && "OpenSABT".equals(Attribute.getSingleStringValueOrEmptyString(list, TagFromName.ManufacturerModelName).strip());
        for (Structure s : set.getStructures()) {
            RoiTypeInference.Decision d = RoiTypeInference.decide(interpreted.get(s.getRoiNumber()), s.getName(), ours);
            s.setType(d.type());
            if (d.reason() != null && observations != null) {
                warnings.add(file.getFileName() + ": ROI " + s.getRoiNumber() + " '" + s.getName() + "' imported as " + d.type().getLiteral() + ": " + d.reason());
            }
        }

        SequenceAttribute roiContours = sequence(list, RtTags.ROIContourSequence, file, false);
        for (int i = 0; roiContours != null && i < roiContours.getNumberOfItems(); i++) {
            AttributeList item = roiContours.getItem(i).getAttributeList();
            int ref = roiNumber(file, item, RtTags.ReferencedROINumber, "(3006,0039) ROIContourSequence item " + (i + 1));
            Structure s = byNumber.get(ref);
            if (s == null) {
                throw new DicomImportException(file, "(3006,0039) ROIContourSequence item " + (i + 1) + " refers to ROI number " + ref
                        + ", which the StructureSetROISequence does not define");
            }
            int[] colour = Attribute.getIntegerValues(item, RtTags.ROIDisplayColor);
            if (colour != null && colour.length == 3) {
                for (int c : colour) {
                    s.getColorRgb().add(c);
                }
            }
            SequenceAttribute contours = sequence(item, RtTags.ContourSequence, file, false);
            for (int k = 0; contours != null && k < contours.getNumberOfItems(); k++) {
                AttributeList contourItem = contours.getItem(k).getAttributeList();
                String geometry = Attribute.getSingleStringValueOrEmptyString(contourItem, RtTags.ContourGeometricType).strip();
                String where = "ROI '" + s.getName() + "' contour " + (k + 1);
                if (!"CLOSED_PLANAR".equals(geometry)) {
                    warnings.add(file.getFileName() + ": " + where + " has ContourGeometricType '" + geometry + "' and was skipped (only CLOSED_PLANAR is used)");
                    continue;
                }
                double[] points = contourData(file, contourItem, where);
                if (points == null || points.length % 3 != 0 || points.length < 9) {
                    throw new DicomImportException(file, "(3006,0050) ContourData of " + where + " must hold at least three x,y,z triplets, found "
                            + (points == null ? 0 : points.length) + " values");
                }
                int declared = Attribute.getSingleIntegerValueOrDefault(contourItem, RtTags.NumberOfContourPoints, points.length / 3);
                if (declared != points.length / 3) {
                    throw new DicomImportException(file, String.format(Locale.ROOT,
                            "(3006,0046) NumberOfContourPoints of %s is %d but ContourData holds %d points", where, declared, points.length / 3));
                }
                Contour contour = ModelFactory.eINSTANCE.createContour();
                for (double p : points) {
                    contour.getPointsMm().add(p);
                }
                s.getContours().add(contour);
            }
        }
        if (observations == null) {
            List<String> guessed = new java.util.ArrayList<>();
            for (Structure s : set.getStructures()) {
                guessed.add(s.getRoiNumber() + " '" + s.getName() + "' " + s.getType().getLiteral());
            }
            warnings.add(file.getFileName() + ": (3006,0080) RTROIObservationsSequence is missing (required, PS3.3 C.8.8.8; truncated file?);"
                    + " ROI types were guessed from their names: " + String.join(", ", guessed));
        }
        for (Structure s : set.getStructures()) {
            if (s.getContours().isEmpty()) {
                warnings.add(file.getFileName() + ": ROI '" + s.getName() + "' has no contours");
            }
        }
        warnNonAxial(file, set, warnings);
        warnSelfIntersections(file, set, warnings);
        markHoles(set);
        return set;
    }

    /**
     * ContourData (DS, PS3.5 6.2) parsed as written: PixelMed reads a garbled decimal string as 0, which would
     * move the point to the origin without a word; NaN and infinities are refused as well.
     */
    private static double[] contourData(Path file, AttributeList item, String where) throws DicomImportException {
        Attribute a = item.get(TagFromName.ContourData);
        String[] text;
        try {
            text = a == null ? null : a.getStringValues();
        } catch (Exception e) {
            throw new DicomImportException(file, "(3006,0050) ContourData of " + where + " cannot be read: " + e.getMessage(), e);
        }
        if (text == null) {
            return null;
        }
        double[] values = new double[text.length];
        for (int i = 0; i < text.length; i++) {
            try {
                values[i] = Double.parseDouble(text[i].strip());
            } catch (NumberFormatException e) {
                values[i] = Double.NaN;
            }
            if (!Double.isFinite(values[i])) {
                throw new DicomImportException(file, "(3006,0050) ContourData of " + where + " holds '" + text[i].strip().replaceAll("\\p{Cntrl}", "?")
                        + "' (value " + (i + 1) + "); every coordinate must be a number (mm)");
            }
        }
        return values;
    }

    /** Contours must lie in axial planes (the CT is axial): one whose points spread in z is used at its first point's z. */
    private static void warnNonAxial(Path file, StructureSet set, List<String> warnings) {
        for (Structure s : set.getStructures()) {
            int count = 0;
            String first = null;
            for (int k = 0; k < s.getContours().size(); k++) {
                List<Double> p = s.getContours().get(k).getPointsMm();
                double min = Double.MAX_VALUE, max = -Double.MAX_VALUE;
                for (int i = 2; i < p.size(); i += 3) {
                    min = Math.min(min, p.get(i));
                    max = Math.max(max, p.get(i));
                }
                if (max - min > ImportChecks.PLANE_TOLERANCE_MM) {
                    count++;
                    if (first == null) {
                        first = String.format(Locale.ROOT, "contour %d: z from %.2f to %.2f mm", k + 1, min, max);
                    }
                }
            }
            if (count > 0) {
                warnings.add(file.getFileName() + ": ROI '" + s.getName() + "': " + count + " contour(s) not in an axial plane (first: " + first
                        + "); each is used at its first point's z");
            }
        }
    }

    /** Bow-tie contours: the area of a polygon that crosses itself is ill-defined, and so is the ROI's volume. */
    private static void warnSelfIntersections(Path file, StructureSet set, List<String> warnings) {
        for (Structure s : set.getStructures()) {
            List<String> found = new java.util.ArrayList<>();
            for (int k = 0; k < s.getContours().size(); k++) {
                Contour c = s.getContours().get(k);
                if (ImportChecks.selfIntersects(c.getPointsMm())) {
                    found.add(String.format(Locale.ROOT, "contour %d at z = %.2f mm", k + 1, c.getPointsMm().get(2)));
                }
            }
            if (!found.isEmpty()) {
                warnings.add(file.getFileName() + ": ROI '" + s.getName() + "': " + found.size() + " contour(s) cross themselves (bow-tie): "
                        + String.join(", ", found.subList(0, Math.min(3, found.size()))) + (found.size() > 3 ? ", …" : "")
                        + "; their area and the ROI's volume are ill-defined");
            }
        }
    }

    /** An ROI number (IS, PS3.5 6.2) as written: PixelMed reads a missing or garbled one as a default, which must not pass. */
    private static int roiNumber(Path file, AttributeList item, com.pixelmed.dicom.AttributeTag tag, String where) throws DicomImportException {
        String text = Attribute.getSingleStringValueOrEmptyString(item, tag).strip();
        if (text.isEmpty()) {
            throw new DicomImportException(file, where + ": " + DicomFiles.tagName(tag) + " is missing (truncated or damaged file?)");
        }
        int number;
        try {
            number = Integer.parseInt(text.startsWith("+") ? text.substring(1) : text);
        } catch (NumberFormatException e) {
            throw new DicomImportException(file, where + ": " + DicomFiles.tagName(tag) + " is '" + ImportChecks.raw(item, tag) + "'; it must be an integer");
        }
        if (number < 0) {
            throw new DicomImportException(file, where + ": " + DicomFiles.tagName(tag) + " is " + number + "; ROI numbers are not negative");
        }
        return number;
    }

    /**
     * DICOM encodes holes implicitly: a contour lying inside another contour of the same ROI on
     * the same plane removes area (PS3.3 C.8.8.6.3). Mark them so volumes subtract them.
     */
    static void markHoles(StructureSet set) {
        for (Structure s : set.getStructures()) {
            List<Contour> contours = s.getContours();
            for (Contour inner : contours) {
                int depth = 0;
                for (Contour outer : contours) {
                    if (outer != inner && samePlane(outer, inner) && containsPoint(outer, inner.getPointsMm().get(0), inner.getPointsMm().get(1))) {
                        depth++;
                    }
                }
                inner.setHole(depth % 2 == 1);
            }
        }
    }

    private static boolean samePlane(Contour a, Contour b) {
        return Math.abs(a.getPointsMm().get(2) - b.getPointsMm().get(2)) < 0.01;
    }

    private static boolean containsPoint(Contour c, double x, double y) {
        List<Double> p = c.getPointsMm();
        int n = p.size() / 3;
        boolean inside = false;
        for (int i = 0, j = n - 1; i < n; j = i++) {
            double xi = p.get(3 * i), yi = p.get(3 * i + 1), xj = p.get(3 * j), yj = p.get(3 * j + 1);
            if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) {
                inside = !inside;
            }
        }
        return inside;
    }

    private static SequenceAttribute sequence(AttributeList list, com.pixelmed.dicom.AttributeTag tag, Path file, boolean required)
            throws DicomImportException {
        Attribute a = list.get(tag);
        if (a instanceof SequenceAttribute seq) {
            return seq;
        }
        if (required) {
            throw new DicomImportException(file, DicomFiles.tagName(tag) + " is missing");
        }
        return null;
    }

    private static String firstReferencedFrameOfReference(AttributeList list) {
        Attribute a = list.get(RtTags.ReferencedFrameOfReferenceSequence);
        if (a instanceof SequenceAttribute seq && seq.getNumberOfItems() > 0) {
            return Attribute.getSingleStringValueOrNull(seq.getItem(0).getAttributeList(), TagFromName.FrameOfReferenceUID);
        }
        return Attribute.getSingleStringValueOrNull(list, TagFromName.FrameOfReferenceUID);
    }

    private static String firstReferencedSeries(AttributeList list) {
        // ReferencedFrameOfReferenceSequence > RTReferencedStudySequence > RTReferencedSeriesSequence > SeriesInstanceUID
        Attribute a = list.get(RtTags.ReferencedFrameOfReferenceSequence);
        if (!(a instanceof SequenceAttribute frames) || frames.getNumberOfItems() == 0) {
            return null;
        }
        Attribute studies = frames.getItem(0).getAttributeList().get(RtTags.RTReferencedStudySequence);
        if (!(studies instanceof SequenceAttribute st) || st.getNumberOfItems() == 0) {
            return null;
        }
        Attribute series = st.getItem(0).getAttributeList().get(RtTags.RTReferencedSeriesSequence);
        if (!(series instanceof SequenceAttribute se) || se.getNumberOfItems() == 0) {
            return null;
        }
        return Attribute.getSingleStringValueOrNull(se.getItem(0).getAttributeList(), TagFromName.SeriesInstanceUID);
    }
}
