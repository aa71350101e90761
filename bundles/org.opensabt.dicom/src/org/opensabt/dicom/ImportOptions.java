package org.opensabt.dicom;

/**
 * How to import a CT series.
 *
 * @param caseId    identifier of the new case
 * @param seriesUid the CT series to import when the input holds several (null: the only one)
 * @param resample  resample a series with a missing slice, uneven slice spacing or gantry tilt onto a
 *                  regular grid (trilinear in HU) instead of refusing it; the import reports what it did
 */
public record ImportOptions(String caseId, String seriesUid, boolean resample) {
}
