package org.opensabt.dicom.pixelmed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opensabt.dicom.CtSeriesOptions;
import org.opensabt.dicom.DicomExportException;
import org.opensabt.dicom.ImportOptions;
import org.opensabt.model.ImageSeries;
import org.opensabt.model.PatientCase;

/** A CT series written from a case reads back (our importer, PixelMed) with the same voxels and geometry. */
class CtSeriesWriterTest {

    @Test
    void theStsCtWrittenAgainReadsBackVoxelForVoxel(@TempDir Path dir) throws Exception {
        PixelMedToolkit toolkit = new PixelMedToolkit();
        PatientCase original = toolkit.importCase(List.of(DicomCaseImporterTest.STS.resolve("ct")), new ImportOptions("sts", null, false)).patientCase();
        ImageSeries ct = original.getStudies().get(0).getSeries().get(0);
        short[] changed = ct.getVoxels().clone();
        changed[12345] = 3071;
        changed[changed.length - 1] = -1024;
        List<Path> files = toolkit.writeCtSeries(original, ct, changed, dir.resolve("out"), new CtSeriesOptions(null, null, ct.getFrameOfReferenceUid(),
                "test", 7));
        assertEquals(ct.getSlices(), files.size());
        ImageSeries back = toolkit.importCase(List.of(dir.resolve("out")), new ImportOptions("back", null, false)).patientCase().getStudies().get(0)
                .getSeries().get(0);
        assertArrayEquals(changed, back.getVoxels());
        assertEquals(ct.getFrameOfReferenceUid(), back.getFrameOfReferenceUid());
        assertNotEquals(ct.getSeriesInstanceUid(), back.getSeriesInstanceUid());
        for (int k = 0; k < 3; k++) {
            assertEquals(ct.getOriginMm().get(k), back.getOriginMm().get(k), 1e-4);
            assertEquals(ct.getSpacingMm().get(k), back.getSpacingMm().get(k), 1e-6);
            assertEquals(ct.getRowDirection().get(k), back.getRowDirection().get(k), 1e-9);
            assertEquals(ct.getColumnDirection().get(k), back.getColumnDirection().get(k), 1e-9);
        }
        assertThrows(DicomExportException.class, () -> toolkit.writeCtSeries(original, ct, new short[10], dir.resolve("bad"),
                new CtSeriesOptions(null, null, null, "bad", 1)));
    }
}
