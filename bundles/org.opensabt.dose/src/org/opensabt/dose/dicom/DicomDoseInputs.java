package org.opensabt.dose.dicom;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import org.opensabt.dose.cases.DoseInputException;
import org.opensabt.dicom.BrachyPlan;
import org.opensabt.dicom.DicomExportException;
import org.opensabt.dicom.DicomImportException;
import org.opensabt.dicom.DicomToolkit;
import org.opensabt.dicom.DicomToolkits;
import org.opensabt.dose.SeedPlacement;
import org.opensabt.model.Contour;
import org.opensabt.model.ImageSeries;
import org.opensabt.model.ModelFactory;
import org.opensabt.model.PatientCase;
import org.opensabt.model.Plan;
import org.opensabt.model.Structure;
import org.opensabt.model.StructureSet;
import org.opensabt.model.Study;
import org.opensabt.model.geometry.GridGeometry;
import org.opensabt.model.schema.CaseDates;

/**
 * Dose from DICOM objects alone, without a case: how a centre re-checks another planning system's
 * plan. The RT Plan gives the patient, study and frame of reference; the RT Structure Set the
 * structures; the dose is computed in a frame that has no images (an {@link ImageSeries} with
 * geometry only: the box around seeds and contours, its slice spacing that of the contour planes, so
 * that structures are rasterised with the thickness they were drawn with). Kept apart from the dose
 * calculation because the DICOM bundle is an optional dependency.
 */
public final class DicomDoseInputs {

    private DicomDoseInputs() {
    }

    public static DicomToolkit toolkit() throws DoseInputException {
        try {
            return DicomToolkits.get();
        } catch (IllegalStateException e) {
            throw new DoseInputException(e.getMessage(), e);
        }
    }

    /**
     * A case in memory (never saved) holding the plan's identity, the structures of {@code rtstruct}
     * (may be null) and a geometry-only series covering seeds, structures, {@code extra} (a grid to
     * compute on, may be null) and {@code marginMm}.
     */
    public static PatientCase caseFor(Path rtplan, RtPlanSeeds.Read planSeeds, Path rtstruct, GridGeometry extra, double marginMm, double gridMm,
            List<String> notes) throws DoseInputException {
        BrachyPlan plan = planSeeds.plan();
        List<SeedPlacement> seeds = planSeeds.seeds();
        StructureSet structures = null;
        try {
            if (rtstruct != null) {
                structures = toolkit().readStructureSet(rtstruct, notes);
            }
        } catch (DicomImportException e) {
            throw new DoseInputException(e.getMessage(), e);
        }
        String frame = plan.frameOfReferenceUid();
        if (structures != null && structures.getFrameOfReferenceUid() != null && !frame.isEmpty()
                && !structures.getFrameOfReferenceUid().equals(frame)) {
            throw new DoseInputException(rtstruct + ": frame of reference " + structures.getFrameOfReferenceUid() + " differs from the RT Plan's "
                    + frame + ": the structures and seeds are not in one patient coordinate system");
        }
        PatientCase c = ModelFactory.eINSTANCE.createPatientCase();
        BrachyPlan.Identity id = plan.identity();
        c.setCaseId(id.patientId().isEmpty() ? "rtplan" : id.patientId());
        org.opensabt.model.Patient patient = ModelFactory.eINSTANCE.createPatient();
        patient.setPatientId(id.patientId());
        patient.setName(id.patientName().isEmpty() ? null : id.patientName());
        c.setPatient(patient);
        Study study = ModelFactory.eINSTANCE.createStudy();
        study.setStudyInstanceUid(id.studyInstanceUid());
        try {
            study.setStudyDate(id.studyDate().length() == 8 ? CaseDates.of(LocalDate.parse(id.studyDate(), DateTimeFormatter.BASIC_ISO_DATE)) : null);
        } catch (DateTimeParseException e) {
            notes.add(rtplan.getFileName() + ": study date '" + id.studyDate() + "' is not a DICOM date and was ignored");
        }
        c.getStudies().add(study);

        double planeSpacing = structures == null ? gridMm : contourPlaneSpacing(structures, gridMm);
        double[] low = { Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE };
        double[] high = { -Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE };
        for (SeedPlacement seed : seeds) {
            extend(low, high, seed.positionMm());
        }
        if (structures != null) {
            for (Structure s : structures.getStructures()) {
                for (Contour contour : s.getContours()) {
                    List<Double> p = contour.getPointsMm();
                    for (int i = 0; i + 2 < p.size(); i += 3) {
                        extend(low, high, new double[] { p.get(i), p.get(i + 1), p.get(i + 2) });
                    }
                }
            }
        }
        if (extra != null) {
            for (int corner = 0; corner < 8; corner++) {
                extend(low, high, extra.positionMm((corner & 1) * (extra.columns() - 1), ((corner >> 1) & 1) * (extra.rows() - 1),
                        ((corner >> 2) & 1) * (extra.slices() - 1)));
            }
        }
        ImageSeries frameOnly = ModelFactory.eINSTANCE.createImageSeries();
        frameOnly.setSeriesInstanceUid("");
        frameOnly.setModality("CT");
        frameOnly.setFrameOfReferenceUid(frame.isEmpty() ? null : frame);
        frameOnly.setDescription("no images: the patient frame of " + rtplan.getFileName());
        double[] spacing = { gridMm, gridMm, planeSpacing };
        int[] size = new int[3];
        for (int k = 0; k < 3; k++) {
            low[k] -= marginMm;
            high[k] += marginMm;
            size[k] = (int) Math.ceil((high[k] - low[k]) / spacing[k]) + 1;
            frameOnly.getOriginMm().add(low[k]);
            frameOnly.getSpacingMm().add(spacing[k]);
            frameOnly.getRowDirection().add(k == 0 ? 1.0 : 0.0);
            frameOnly.getColumnDirection().add(k == 1 ? 1.0 : 0.0);
            frameOnly.getSliceDirection().add(k == 2 ? 1.0 : 0.0);
        }
        frameOnly.setColumns(size[0]);
        frameOnly.setRows(size[1]);
        frameOnly.setSlices(size[2]);
        frameOnly.setVoxelUnit("HU");
        study.getSeries().add(frameOnly);
        if (structures != null) {
            study.getStructureSets().add(structures);
        }
        notes.add(String.format(Locale.ROOT, "no case: patient %s and frame of reference from %s%s; structures rasterised with %.2f mm plane spacing",
                id.patientId().isEmpty() ? "(none)" : id.patientId(), rtplan.getFileName(), rtstruct == null ? "" : ", structures from " + rtstruct.getFileName(),
                planeSpacing));
        return c;
    }

    /** The most common distance between adjacent axial contour planes (the slice spacing they were drawn on). */
    private static double contourPlaneSpacing(StructureSet structures, double fallbackMm) {
        TreeSet<Long> planes = new TreeSet<>();
        for (Structure s : structures.getStructures()) {
            for (Contour contour : s.getContours()) {
                if (contour.getPointsMm().size() >= 3) {
                    planes.add(Math.round(contour.getPointsMm().get(2) * 100)); // 0.01 mm
                }
            }
        }
        List<Long> gaps = new ArrayList<>();
        Long previous = null;
        for (Long z : planes) {
            if (previous != null) {
                gaps.add(z - previous);
            }
            previous = z;
        }
        if (gaps.isEmpty()) {
            return fallbackMm;
        }
        gaps.sort(null);
        return gaps.get(gaps.size() / 2) / 100.0;
    }

    private static void extend(double[] low, double[] high, double[] p) {
        for (int k = 0; k < 3; k++) {
            low[k] = Math.min(low[k], p[k]);
            high[k] = Math.max(high[k], p[k]);
        }
    }

    /** RT Dose of the plan, referring to the RT Plan it was computed from (null: the one the case export writes). */
    public static Path exportRtDose(PatientCase patientCase, Plan plan, Path file, String referencedRtPlanUid) throws DoseInputException {
        try {
            return toolkit().exporter(patientCase).exportRtDose(plan, file, referencedRtPlanUid);
        } catch (DicomExportException e) {
            throw new DoseInputException(file + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new DoseInputException(file + ": cannot write: " + e.getMessage(), e);
        }
    }

    /** SOP Instance UID of the RT Plan the seeds came from (for the RT Dose's reference). */
    public static String planUid(RtPlanSeeds.Read planSeeds) {
        return planSeeds.plan().identity().sopInstanceUid();
    }
}
