package org.opensabt.dicom.pixelmed;

import com.pixelmed.dicom.AttributeTag;

/** RT Structure Set tags (PS3.6) that PixelMed's TagFromName does not define. */
final class RtTags {

    private RtTags() {
    }

    static final AttributeTag StructureSetLabel = new AttributeTag(0x3006, 0x0002);
    static final AttributeTag ReferencedFrameOfReferenceSequence = new AttributeTag(0x3006, 0x0010);
    static final AttributeTag RTReferencedStudySequence = new AttributeTag(0x3006, 0x0012);
    static final AttributeTag RTReferencedSeriesSequence = new AttributeTag(0x3006, 0x0014);
    static final AttributeTag StructureSetROISequence = new AttributeTag(0x3006, 0x0020);
    static final AttributeTag ROINumber = new AttributeTag(0x3006, 0x0022);
    static final AttributeTag ROIName = new AttributeTag(0x3006, 0x0026);
    static final AttributeTag ROIDisplayColor = new AttributeTag(0x3006, 0x002A);
    static final AttributeTag ROIContourSequence = new AttributeTag(0x3006, 0x0039);
    static final AttributeTag ContourSequence = new AttributeTag(0x3006, 0x0040);
    static final AttributeTag ContourGeometricType = new AttributeTag(0x3006, 0x0042);
    static final AttributeTag NumberOfContourPoints = new AttributeTag(0x3006, 0x0046);
    static final AttributeTag RTROIObservationsSequence = new AttributeTag(0x3006, 0x0080);
    static final AttributeTag ReferencedROINumber = new AttributeTag(0x3006, 0x0084);
    static final AttributeTag RTROIInterpretedType = new AttributeTag(0x3006, 0x00A4);

    static String name(AttributeTag tag) {
        for (java.lang.reflect.Field f : RtTags.class.getDeclaredFields()) {
            try {
                if (f.getType() == AttributeTag.class && tag.equals(f.get(null))) {
                    return f.getName();
                }
            } catch (IllegalAccessException e) {
                return null;
            }
        }
        return null;
    }
}
