package org.opensabt.dicom.pixelmed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opensabt.dicom.CaseImport;
import org.opensabt.dicom.ImportOptions;
import org.opensabt.dicom.RtExporter;
import org.opensabt.model.PatientCase;
import org.opensabt.model.RoiType;
import org.opensabt.model.Structure;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.SequenceAttribute;

/**
 * Structure types from the wild (issue 23 part 4): a structure set shaped like a public lung CT's (GTV-1,
 * Spinal-Cord, Lung-Left, Lung-Right) written with PixelMed over the demo CT, with the RT ROI Interpreted Type
 * ORGAN for every ROI, empty, generic, or no observation at all; the types the names say, each inference in a
 * warning; and the types, names and colours exported back, read with dcmtk's dcmdump and checked by dciodvfy.
 */
class RoiTypeInferenceTest {

    static final AttributeTag RTROIObservationsSequence = new AttributeTag(0x3006, 0x0080);
    static final Path STS = DicomCaseImporterTest.STS;
    static final double Z = ImportValidationTest.SLICE_Z;

    @TempDir
    Path tmp;

    @Test
    void namesSayTheTypeWhateverTheirSpelling() {
        Map<String, RoiType> expected = new LinkedHashMap<>();
        for (String n : List.of("GTV-1", "GTVp", "GTVn", "gtv_primary", "GTV")) {
            expected.put(n, RoiType.GTV);
        }
        for (String n : List.of("CTV_60", "ctv", "ITV", "ITV_4D")) {
            expected.put(n, RoiType.CTV);
        }
        for (String n : List.of("PTV 1", "PTV_boost", "ptv-eval")) {
            expected.put(n, RoiType.PTV);
        }
        for (String n : List.of("BODY", "External", "Skin", "Outline", "Patient", "BODY_1", "External 2")) {
            expected.put(n, RoiType.BODY);
        }
        for (String n : List.of("Spinal-Cord", "SpinalCord", "Cord", "Lung_L", "Lung-Left", "LUNG_LT", "LungR", "Lungs-GTV", "Heart", "Esophagus",
                "Oesophagus", "Liver", "Kidney_R", "Bladder", "Rectum", "Femur_Head_L", "Brainstem", "Parotid_R", "Optic_Nerve_L", "Bowel_Small")) {
            expected.put(n, RoiType.OAR);
        }
        for (String n : List.of("zPTV", "PTV_ring", "xGTV", "SpinalCord_PRV5", "Couch", "Isocenter", "Seed markers", "Tumour bed", "Skin_5mm")) {
            expected.put(n, RoiType.OTHER);
        }
        Map<String, RoiType> actual = new LinkedHashMap<>();
        for (String n : expected.keySet()) {
            actual.put(n, RoiTypeInference.decide("", n).type());
        }
        assertEquals(expected, actual);
    }

    @Test
    void typesTheFileStatesAreKeptButOrganGivesWayToAClearTargetName() {
        assertEquals(RoiType.GTV, RoiTypeInference.decide("ORGAN", "GTV-1").type());
        assertTrue(RoiTypeInference.decide("ORGAN", "GTV-1").reason().contains("the name wins"));
        assertEquals(RoiType.BODY, RoiTypeInference.decide("ORGAN", "External").type());
        assertEquals(RoiType.OAR, RoiTypeInference.decide("ORGAN", "Whatever").type());
        assertEquals(null, RoiTypeInference.decide("ORGAN", "Whatever").reason());
        assertEquals(RoiType.PTV, RoiTypeInference.decide("PTV", "Heart").type(), "a specific target type stands");
        assertEquals(RoiType.AVOID, RoiTypeInference.decide("AVOIDANCE", "GTV").type());
        assertEquals(RoiType.OTHER, RoiTypeInference.decide("MARKER", "Heart").type());
        assertEquals(RoiType.CTV, RoiTypeInference.decide("ITV", "ITV").type());
        assertTrue(RoiTypeInference.decide("ITV", "ITV").reason().contains("CTV"));
        assertEquals(RoiType.OAR, RoiTypeInference.decide("CONTROL", "Spinal-Cord").type());
        assertEquals(RoiType.OAR, RoiTypeInference.decide(null, "Lung-Left").type());
    }

    /** The lung set's four ROIs, each with an observation of this interpreted type (null: no observation items at all). */
    Path lungSet(String interpretedType) throws Exception {
        Path rs = tmp.resolve((interpretedType == null ? "none" : interpretedType.isEmpty() ? "empty" : interpretedType) + "/RS.dcm");
        Files.createDirectories(rs.getParent());
        Files.copy(STS.resolve("rtstruct/RS.dcm"), rs);
        ImportValidationTest.edit(rs, l -> {
            // the demo's GTV (ROI 1) renamed as in the lung collection; three organs added, each a square on one CT slice
            AttributeList roi1 = ((SequenceAttribute) l.get(ImportValidationTest.StructureSetROISequence)).getItem(0).getAttributeList();
            new Dataset().put(0x3006, 0x0026, "LO", "GTV-1").list.values().forEach(a -> roi1.put(a));
            ImportValidationTest.addRoi(l, 2, "Spinal-Cord", ImportValidationTest.square(40, 50, 0, 10, Z));
            ImportValidationTest.addRoi(l, 3, "Lung-Left", ImportValidationTest.square(60, 120, 0, 40, Z));
            ImportValidationTest.addRoi(l, 4, "Lung-Right", ImportValidationTest.square(0, 30, 0, 40, Z));
            l.remove(RTROIObservationsSequence);
            if (interpretedType != null) {
                List<Dataset> observations = new ArrayList<>();
                for (int roi = 1; roi <= 4; roi++) {
                    observations.add(new Dataset().put(0x3006, 0x0082, "IS", String.valueOf(roi)).put(0x3006, 0x0084, "IS", String.valueOf(roi))
                            .put(0x3006, 0x00A4, "CS", interpretedType).put(0x3006, 0x00A6, "PN"));
                }
                l.put(new Dataset().sequence(0x3006, 0x0080, observations).list.get(RTROIObservationsSequence));
            }
        });
        return rs;
    }

    static Map<String, RoiType> types(CaseImport r) {
        return r.patientCase().getStudies().get(0).getStructureSets().get(0).getStructures().stream()
                .collect(Collectors.toMap(Structure::getName, Structure::getType, (a, b) -> a, LinkedHashMap::new));
    }

    static final Map<String, RoiType> LUNG_TYPES = Map.of("GTV-1", RoiType.GTV, "Spinal-Cord", RoiType.OAR, "Lung-Left", RoiType.OAR, "Lung-Right", RoiType.OAR);

    @Test
    void theLungSetTypedOrganEverywhereHasItsGtvBack() throws Exception {
        CaseImport r = importCase(lungSet("ORGAN"));
        assertEquals(LUNG_TYPES, types(r));
        List<String> inferred = r.warnings().stream().filter(w -> w.contains("imported as")).toList();
        assertEquals(List.of("RS.dcm: ROI 1 'GTV-1' imported as GTV: RT ROI Interpreted Type is ORGAN but the name says GTV: typed GTV from its name "
                + "(GTV prefix) (the name wins)"), inferred);
    }

    @Test
    void emptyGenericOrMissingTypesAreInferredFromTheNamesAndSaid() throws Exception {
        for (String type : List.of("", "CONTROL", "NONE")) {
            CaseImport r = importCase(lungSet(type));
            assertEquals(LUNG_TYPES, types(r), type);
            String said = type.isEmpty() ? "empty" : type;
            for (String[] roi : new String[][] { { "1", "GTV-1", "GTV" }, { "2", "Spinal-Cord", "OAR" }, { "3", "Lung-Left", "OAR" }, { "4", "Lung-Right", "OAR" } }) {
                String prefix = "RS.dcm: ROI " + roi[0] + " '" + roi[1] + "' imported as " + roi[2] + ": RT ROI Interpreted Type is " + said + ": typed " + roi[2]
                        + " from its name";
                assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith(prefix) && !w.contains("\n")), prefix + " in " + r.warnings());
            }
        }
        CaseImport none = importCase(lungSet(null));
        assertEquals(LUNG_TYPES, types(none));
        assertTrue(none.warnings().stream().anyMatch(w -> w.contains("RTROIObservationsSequence is missing")
                && w.endsWith("ROI types were guessed from their names: 1 'GTV-1' GTV, 2 'Spinal-Cord' OAR, 3 'Lung-Left' OAR, 4 'Lung-Right' OAR")),
                none.warnings().toString());
    }

    @Test
    void typesNamesAndColoursSetByTheUserAreExportedBack() throws Exception {
        PatientCase c = importCase(lungSet("ORGAN")).patientCase();
        List<Structure> structures = c.getStudies().get(0).getStructureSets().get(0).getStructures();
        Structure cord = structures.stream().filter(s -> s.getName().equals("Spinal-Cord")).findFirst().orElseThrow();
        cord.setName("Cord PRV");
        cord.setType(RoiType.AVOID);
        cord.getColorRgb().clear();
        cord.getColorRgb().addAll(List.of(10, 20, 30));
        Structure right = structures.stream().filter(s -> s.getName().equals("Lung-Right")).findFirst().orElseThrow();
        right.setType(RoiType.OTHER);
        Structure left = structures.stream().filter(s -> s.getName().equals("Lung-Left")).findFirst().orElseThrow();
        left.setType(RoiType.PTV);
        left.setName("PTV_test");
        RtExporter e = new PixelMedToolkit().exporter(c, null);
        Path rs = e.exportRtStruct(tmp.resolve("out/RS.dcm"));
        Map<String, String[]> read = rois(RtExportDeidentificationTest.dump(rs));
        assertEquals(List.of("GTV-1", "Cord PRV", "PTV_test", "Lung-Right"), List.copyOf(read.keySet()));
        assertEquals("GTV", read.get("GTV-1")[0]);
        assertEquals("AVOIDANCE", read.get("Cord PRV")[0]);
        assertEquals("10\\20\\30", read.get("Cord PRV")[1]);
        assertEquals("PTV", read.get("PTV_test")[0]);
        assertEquals("CONTROL", read.get("Lung-Right")[0]);
        assertEquals(List.of(), RtExportDeidentificationTest.dciodvfy(rs, "Error"));
        // and read back by our importer as the user set them: a file OpenSABT wrote states its user's types (CONTROL is OTHER)
        CaseImport again = importCase(rs);
        Map<String, RoiType> back = types(again);
        assertEquals(Map.of("GTV-1", RoiType.GTV, "Cord PRV", RoiType.AVOID, "PTV_test", RoiType.PTV, "Lung-Right", RoiType.OTHER), back);
        assertFalse(again.warnings().stream().anyMatch(w -> w.contains(" imported as ")), again.warnings().toString());
        // the same file from another system: CONTROL is generic there and the organ name decides, with a warning
        ImportValidationTest.edit(rs, l -> new Dataset().put(0x0008, 0x0070, "LO", "Other TPS").list.values().forEach(l::put));
        CaseImport foreign = importCase(rs);
        assertEquals(RoiType.OAR, types(foreign).get("Lung-Right"));
        assertTrue(foreign.warnings().stream().anyMatch(w -> w.contains("ROI 4 'Lung-Right' imported as OAR: RT ROI Interpreted Type is CONTROL")),
                foreign.warnings().toString());
    }

    /** ROI name → {RT ROI Interpreted Type, ROI Display Color} from dcmdump's text of an RT Structure Set. */
    static Map<String, String[]> rois(String dump) {
        Map<String, String> nameOf = new LinkedHashMap<>();
        Map<String, String> colourOf = new LinkedHashMap<>();
        Map<String, String> typeOf = new LinkedHashMap<>();
        String number = null;
        String colour = null;
        String section = "";
        for (String line : dump.lines().toList()) {
            String t = line.strip();
            if (t.startsWith("(3006,0020) SQ") || t.startsWith("(3006,0039) SQ") || t.startsWith("(3006,0080) SQ")) {
                section = t.substring(0, 11);
                continue;
            }
            String value = t.contains("[") ? t.substring(t.indexOf('[') + 1, t.lastIndexOf(']')) : null;
            switch (section) {
            case "(3006,0020)" -> {
                if (t.startsWith("(3006,0022)")) {
                    number = value;
                } else if (t.startsWith("(3006,0026)")) {
                    nameOf.put(number, value);
                }
            }
            case "(3006,0039)" -> {
                if (t.startsWith("(3006,002a)")) {
                    colour = value;
                } else if (t.startsWith("(3006,0084)")) {
                    colourOf.put(value, colour);
                }
            }
            case "(3006,0080)" -> {
                if (t.startsWith("(3006,0084)")) {
                    number = value;
                } else if (t.startsWith("(3006,00a4)")) {
                    typeOf.put(number, value);
                }
            }
            default -> {
            }
            }
        }
        Map<String, String[]> out = new LinkedHashMap<>();
        nameOf.forEach((n, name) -> out.put(name, new String[] { typeOf.get(n), colourOf.get(n) }));
        return out;
    }

    private static CaseImport importCase(Path rs) throws Exception {
        return new PixelMedToolkit().importCase(List.of(STS.resolve("ct"), rs), new ImportOptions("x", null, false));
    }
}
