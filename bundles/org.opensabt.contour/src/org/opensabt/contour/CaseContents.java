package org.opensabt.contour;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.opensabt.model.ImageSeries;
import org.opensabt.model.PatientCase;
import org.opensabt.model.Structure;
import org.opensabt.model.StructureSet;
import org.opensabt.model.Study;

/** What the capabilities look up in a case: its planning CT and all its structures. */
public final class CaseContents {

    private CaseContents() {
    }

    /** The first image series of the first study that has one (the planning CT). */
    public static Optional<ImageSeries> firstSeries(PatientCase patientCase) {
        for (Study study : patientCase.getStudies()) {
            if (!study.getSeries().isEmpty()) {
                return Optional.of(study.getSeries().get(0));
            }
        }
        return Optional.empty();
    }

    /** Every structure of every structure set of every study, in order. */
    public static List<Structure> structures(PatientCase patientCase) {
        List<Structure> out = new ArrayList<>();
        for (Study study : patientCase.getStudies()) {
            for (StructureSet set : study.getStructureSets()) {
                out.addAll(set.getStructures());
            }
        }
        return out;
    }
}
