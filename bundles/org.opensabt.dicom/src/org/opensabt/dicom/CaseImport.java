package org.opensabt.dicom;

import java.util.List;

import org.opensabt.model.PatientCase;

/** What an import produced (a new case, not yet saved) with the warnings a user should read. */
public record CaseImport(PatientCase patientCase, List<String> warnings) {
}
