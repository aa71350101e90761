package org.opensabt.dicom;

/**
 * One series found in an import's input, before anything is imported: enough to choose it with
 * {@code --series}. Image sizes are 0 for RT objects.
 */
public record SeriesInfo(String modality, String seriesInstanceUid, String studyInstanceUid, String frameOfReferenceUid, String description,
        int instances, int columns, int rows) {
}
