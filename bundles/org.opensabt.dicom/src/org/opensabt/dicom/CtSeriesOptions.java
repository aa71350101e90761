package org.opensabt.dicom;

/**
 * Identity of a CT series to write (see {@link DicomToolkit#writeCtSeries}).
 *
 * @param studyUid            Study Instance UID (null: a new one)
 * @param seriesUid           Series Instance UID (null: a new one)
 * @param frameOfReferenceUid Frame of Reference UID: the planning CT's when the new series shares its frame (null: a new one)
 * @param seriesDescription   Series Description, e.g. "synthetic post-implant CT"
 * @param seriesNumber        Series Number
 */
public record CtSeriesOptions(String studyUid, String seriesUid, String frameOfReferenceUid, String seriesDescription, int seriesNumber) {
}
