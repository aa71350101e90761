package org.opensabt.dose.dicom;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.opensabt.dose.cases.DoseInputException;
import org.opensabt.dicom.BrachyPlan;
import org.opensabt.dicom.DicomImportException;
import org.opensabt.dose.SeedPlacement;

/** Seeds of a DICOM brachytherapy RT Plan (through the optional DICOM bundle). */
public final class RtPlanSeeds {

    /** The seeds, with the plan they came from (so that its patient, frame and UID are not read again). */
    public record Read(List<SeedPlacement> seeds, double prescriptionGy, String isotope, BrachyPlan plan) {
    }

    private RtPlanSeeds() {
    }

    public static Read read(Path file, double[] defaultDirection, double strengthOverrideU, List<String> notes) throws DoseInputException {
        BrachyPlan plan;
        try {
            plan = DicomDoseInputs.toolkit().readBrachyPlan(file);
        } catch (DicomImportException e) {
            throw new DoseInputException(e.getMessage(), e);
        }
        if (plan.seeds().isEmpty()) {
            throw new DoseInputException(file + ": the plan has no fixed sources (seeds)" + (plan.dwells().isEmpty() ? "" : "; its "
                    + plan.dwells().size() + " dwell positions belong to a stepping-source (HDR/PDR) plan (Brachy Treatment Type "
                    + (plan.type().isBlank() ? "not given" : plan.type().strip()) + ", Source Movement Type "
                    + String.join("/", plan.dwells().stream().map(d -> d.movementType().isBlank() ? "not given" : d.movementType()).distinct().toList())
                    + ")"));
        }
        notes.addAll(plan.notes());
        List<SeedPlacement> seeds = new ArrayList<>();
        int withoutAxis = 0;
        java.util.Map<Integer, Long> perChannel = new java.util.HashMap<>();
        plan.seeds().forEach(s -> perChannel.merge(s.channel(), 1L, Long::sum));
        for (BrachyPlan.PlannedSeed s : plan.seeds()) {
            double strength = strengthOverrideU > 0 ? strengthOverrideU : s.strengthU();
            if (!(strength > 0)) {
                String why = s.source() != null && s.source().strengthProblem() != null ? s.source().strengthProblem()
                        : "its source's (300A,022A) Reference Air Kerma Rate is " + s.strengthU();
                throw new DoseInputException(file + ": channel " + s.channel() + ": " + why + "; give the seeds' strength with --strength-U");
            }
            if (s.directionUnit() == null) {
                withoutAxis++;
            }
            String id = "channel " + s.channel() + (perChannel.get(s.channel()) > 1 ? " seed " + s.seedInChannel() : "");
            try {
                seeds.add(new SeedPlacement(id, s.positionMm(), s.directionUnit() != null ? s.directionUnit() : defaultDirection, strength));
            } catch (IllegalArgumentException e) {
                throw new DoseInputException(file + ": " + e.getMessage(), e);
            }
        }
        if (withoutAxis > 0) {
            notes.add(withoutAxis + " seed(s) of the plan have no axis (no Control Point Orientation, no second control point position):"
                    + " they point along the CT's slice direction");
        }
        return new Read(seeds, plan.prescriptionGy(), plan.sources().isEmpty() ? "" : plan.sources().get(0).isotope(), plan);
    }
}
