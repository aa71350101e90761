package org.opensabt.dicom;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.opensabt.model.PatientCase;
import org.opensabt.model.Plan;

/**
 * Export of a case as DICOM RT (RT Structure Set, RT Plan, RT Dose) through the installed {@link DicomToolkit},
 * optionally de-identified ({@link Deidentification}, DICOM PS3.15 Annex E); shared by {@code opensabt export},
 * the workbench and the demo. Each file is written whole or not at all; the case is not changed.
 */
public final class CaseExport {

    /** What to write: one object into a file, or all (RS.dcm, RP.dcm and RD.dcm as the plan has them) into a folder. */
    public enum Kind {
        RTSTRUCT, RTPLAN, RTDOSE, ALL
    }

    /**
     * @param target           the file, or the folder for {@link Kind#ALL}
     * @param plan             the plan for RT Plan / RT Dose (null: the case's last plan; for ALL, no plan writes only the RT Structure Set)
     * @param deidentification how to de-identify (see {@link SiteKey} for the key), or null for the case as it is
     */
    public record Request(PatientCase patientCase, Kind kind, Path target, Plan plan, Deidentification deidentification) {
    }

    /** The files written, the pseudonym (null unless de-identified), and what the user should know. */
    public record Result(List<Path> written, String pseudonym, List<String> warnings) {
    }

    private CaseExport() {
    }

    /**
     * Writes the objects of the request.
     *
     * @throws DicomExportException the case lacks what the object needs (a plan, a dose, a CT); the message says what
     * @throws IOException          a file cannot be written
     */
    public static Result run(Request request, IProgressMonitor monitor) throws DicomExportException, IOException {
        SubMonitor progress = SubMonitor.convert(monitor, "Exporting DICOM RT", 3);
        PatientCase c = request.patientCase();
        Path target = request.target();
        Plan plan = request.plan();
        if (plan == null && !c.getPlans().isEmpty()) {
            plan = c.getPlans().get(c.getPlans().size() - 1);
        }
        if (plan == null && (request.kind() == Kind.RTPLAN || request.kind() == Kind.RTDOSE)) {
            throw new DicomExportException("the case has no plan (compute a dose first)");
        }
        if (request.kind() == Kind.ALL && Files.exists(target) && !Files.isDirectory(target)) {
            throw new DicomExportException(target + " exists and is not a folder (all objects are written into a folder)");
        }
        RtExporter export;
        try {
            export = DicomToolkits.get().exporter(c, request.deidentification());
        } catch (IllegalStateException e) {
            throw new DicomExportException(e.getMessage(), e);
        }
        List<Path> written = new ArrayList<>();
        switch (request.kind()) {
        case ALL -> {
            written.add(export.exportRtStruct(target.resolve("RS.dcm")));
            checkCanceled(progress.split(1));
            if (plan != null) {
                written.add(export.exportRtPlan(plan, target.resolve("RP.dcm")));
                checkCanceled(progress.split(1));
                if (plan.getDoseGrid() != null) {
                    written.add(export.exportRtDose(plan, target.resolve("RD.dcm")));
                }
            }
        }
        case RTSTRUCT -> written.add(export.exportRtStruct(target));
        case RTPLAN -> written.add(export.exportRtPlan(plan, target));
        case RTDOSE -> written.add(export.exportRtDose(plan, target));
        }
        progress.setWorkRemaining(0);
        Deidentification deid = request.deidentification();
        String pseudonym = deid == null ? null : deid.pseudonym(Deidentification.patientIdOf(c));
        return new Result(List.copyOf(written), pseudonym, List.copyOf(export.warnings()));
    }

    private static void checkCanceled(IProgressMonitor monitor) {
        if (monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
    }
}
