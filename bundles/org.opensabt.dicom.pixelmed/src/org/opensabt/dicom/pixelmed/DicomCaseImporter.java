package org.opensabt.dicom.pixelmed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.opensabt.dicom.CaseImport;
import org.opensabt.dicom.DicomImportException;
import org.opensabt.dicom.ImportOptions;
import org.opensabt.dicom.SeriesInfo;
import org.opensabt.model.ImageSeries;
import org.opensabt.model.ModelFactory;
import org.opensabt.model.Patient;
import org.opensabt.model.PatientCase;
import org.opensabt.model.Sex;
import org.opensabt.model.StructureSet;
import org.opensabt.model.Study;
import org.opensabt.model.schema.CaseDates;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.TagFromName;

/**
 * Imports a CT series and its RT Structure Sets into a new {@link PatientCase}. Inputs are files or
 * folders; every regular file in a folder must be DICOM (hidden files and .txt/.md notes excepted),
 * so a damaged file is reported rather than silently skipped.
 */
final class DicomCaseImporter {

    /** Every series in the input, CT and RT alike, in the order first met. */
    List<SeriesInfo> listSeries(List<Path> inputs) throws DicomImportException {
        Map<String, SeriesInfo> found = new LinkedHashMap<>();
        for (Path file : expand(inputs)) {
            AttributeList list = DicomFiles.read(file, true);
            String uid = DicomFiles.requiredString(list, TagFromName.SeriesInstanceUID, file);
            SeriesInfo known = found.get(uid);
            found.put(uid, new SeriesInfo(Attribute.getSingleStringValueOrEmptyString(list, TagFromName.Modality).strip(), uid,
                    Attribute.getSingleStringValueOrEmptyString(list, TagFromName.StudyInstanceUID).strip(),
                    Attribute.getSingleStringValueOrEmptyString(list, TagFromName.FrameOfReferenceUID).strip(),
                    Attribute.getSingleStringValueOrEmptyString(list, TagFromName.SeriesDescription).strip(), known == null ? 1 : known.instances() + 1,
                    Attribute.getSingleIntegerValueOrDefault(list, TagFromName.Columns, 0), Attribute.getSingleIntegerValueOrDefault(list, TagFromName.Rows, 0)));
        }
        return new ArrayList<>(found.values());
    }

    CaseImport importCase(List<Path> inputs, ImportOptions options) throws DicomImportException {
        String caseId = options.caseId();
        String seriesUid = options.seriesUid();
        List<Path> files = expand(inputs);
        Map<String, List<Path>> ctFiles = new LinkedHashMap<>();
        Map<String, List<AttributeList>> ctLists = new LinkedHashMap<>();
        List<Path> structFiles = new ArrayList<>();
        List<AttributeList> structLists = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (Path file : files) {
            AttributeList list = DicomFiles.read(file, true);
            String modality = Attribute.getSingleStringValueOrEmptyString(list, TagFromName.Modality).strip();
            switch (modality) {
            case "CT" -> {
                String uid = DicomFiles.requiredString(list, TagFromName.SeriesInstanceUID, file);
                ctFiles.computeIfAbsent(uid, k -> new ArrayList<>()).add(file);
                ctLists.computeIfAbsent(uid, k -> new ArrayList<>()).add(list);
            }
            case "RTSTRUCT" -> {
                structFiles.add(file);
                structLists.add(list);
            }
            default -> warnings.add(file.getFileName() + ": modality '" + modality + "' is not imported (CT and RTSTRUCT are)");
            }
        }
        if (ctFiles.isEmpty()) {
            throw new DicomImportException(null, "no CT images among " + files.size() + " file(s) in " + inputs);
        }
        String chosen = seriesUid;
        if (chosen == null) {
            if (ctFiles.size() > 1) {
                StringBuilder listing = new StringBuilder();
                for (Map.Entry<String, List<AttributeList>> e : ctLists.entrySet()) {
                    listing.append(String.format(Locale.ROOT, "%n  %s  %d images  %s", e.getKey(), e.getValue().size(),
                            Attribute.getSingleStringValueOrEmptyString(e.getValue().get(0), TagFromName.SeriesDescription).strip()));
                }
                throw new DicomImportException(null, "the input holds " + ctFiles.size() + " CT series; choose one with --series UID (import --list shows them all):"
                        + listing);
            }
            chosen = ctFiles.keySet().iterator().next();
        } else if (!ctFiles.containsKey(chosen)) {
            throw new DicomImportException(null, "no CT series " + chosen + " in the input (found " + String.join(", ", ctFiles.keySet()) + ")");
        }
        List<Path> seriesFiles = ctFiles.get(chosen);
        ImageSeries series = new CtSeriesImporter().importSeries(seriesFiles, ctLists.get(chosen), options.resample(), warnings);
        AttributeList first = ctLists.get(chosen).get(0);
        Path firstFile = seriesFiles.get(0);

        PatientCase c = ModelFactory.eINSTANCE.createPatientCase();
        c.setCaseId(caseId);
        c.setPatient(patient(first, firstFile));
        Study study = ModelFactory.eINSTANCE.createStudy();
        study.setStudyInstanceUid(DicomFiles.requiredString(first, TagFromName.StudyInstanceUID, firstFile));
        study.setStudyDate(CaseDates.of(date(first, TagFromName.StudyDate, firstFile, warnings)));
        study.setDescription(Attribute.getSingleStringValueOrNull(first, TagFromName.StudyDescription));
        study.getSeries().add(series);
        c.getStudies().add(study);

        RtStructImporter structImporter = new RtStructImporter();
        for (int i = 0; i < structFiles.size(); i++) {
            Path file = structFiles.get(i);
            StructureSet set = structImporter.importStructureSet(file, structLists.get(i), warnings);
            if (set.getFrameOfReferenceUid() != null && series.getFrameOfReferenceUid() != null
                    && !set.getFrameOfReferenceUid().equals(series.getFrameOfReferenceUid())) {
                throw new DicomImportException(file, "frame of reference " + set.getFrameOfReferenceUid() + " ((3006,0010) ReferencedFrameOfReferenceSequence)"
                        + " differs from the CT's (0020,0052) FrameOfReferenceUID " + series.getFrameOfReferenceUid() + ": the contours cannot be placed on this CT");
            }
            ImportChecks.checkStructuresOnCt(file, set, series, warnings);
            if (set.getReferencedSeriesUid() != null && !set.getReferencedSeriesUid().equals(series.getSeriesInstanceUid())) {
                warnings.add(file.getFileName() + ": refers to series " + set.getReferencedSeriesUid()
                        + ", not the imported CT series; the frame of reference matches, so contours are kept in patient coordinates");
            }
            study.getStructureSets().add(set);
        }
        return new CaseImport(c, warnings);
    }

    private static Patient patient(AttributeList list, Path file) throws DicomImportException {
        Patient p = ModelFactory.eINSTANCE.createPatient();
        p.setPatientId(DicomFiles.requiredString(list, TagFromName.PatientID, file));
        p.setName(Attribute.getSingleStringValueOrNull(list, TagFromName.PatientName));
        String sex = Attribute.getSingleStringValueOrEmptyString(list, TagFromName.PatientSex).strip();
        p.setSex(switch (sex) {
        case "M" -> Sex.MALE;
        case "F" -> Sex.FEMALE;
        case "O" -> Sex.OTHER;
        default -> Sex.UNKNOWN;
        });
        List<String> ignored = new ArrayList<>();
        p.setBirthDate(CaseDates.of(date(list, TagFromName.PatientBirthDate, file, ignored)));
        return p;
    }

    private static LocalDate date(AttributeList list, com.pixelmed.dicom.AttributeTag tag, Path file, List<String> warnings) {
        String text = Attribute.getSingleStringValueOrEmptyString(list, tag).strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text, DateTimeFormatter.BASIC_ISO_DATE); // DA: YYYYMMDD (PS3.5 6.2)
        } catch (DateTimeParseException e) {
            warnings.add(file.getFileName() + ": " + DicomFiles.tagName(tag) + " '" + text + "' is not a DICOM date and was ignored");
            return null;
        }
    }

    static List<Path> expand(List<Path> inputs) throws DicomImportException {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isRegularFile(input)) {
                files.add(input);
            } else if (Files.isDirectory(input)) {
                // the whole folder tree (a PACS export or a listen store: study/series/…), hidden folders skipped
                try (Stream<Path> s = Files.walk(input)) {
                    s.filter(Files::isRegularFile).filter(p -> !hiddenBelow(input, p)).filter(DicomCaseImporter::looksLikeData).sorted()
                            .forEach(files::add);
                } catch (IOException e) {
                    throw new DicomImportException(input, "cannot list the folder: " + e.getMessage(), e);
                }
            } else {
                throw new DicomImportException(input, "no such file or folder");
            }
        }
        if (files.isEmpty()) {
            throw new DicomImportException(null, "no files in " + inputs);
        }
        return files;
    }

    private static boolean hiddenBelow(Path root, Path file) {
        for (Path part : root.relativize(file)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static boolean looksLikeData(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && !name.endsWith(".md") && !name.endsWith(".txt");
    }
}
