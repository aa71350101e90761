package org.opensabt.phantoms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opensabt.model.PatientCase;
import org.opensabt.model.store.CaseStore;

class PhantomsFacadeTest {

    @TempDir
    Path tmp;

    @Test
    void aPhantomIsBuiltInMemoryThenSavedAndASecondSaveIntoTheFolderIsRefusedUnlessReplacing() throws Exception {
        Phantoms.Result r = Phantoms.build(new Phantoms.Request(30, 5.0, true, 2, 3), null);
        assertEquals(Math.cbrt(3 * 30 * 1000 / (4 * Math.PI)), r.targetRadiusMm(), 1e-9);
        assertEquals(4, r.patientCase().getStudies().get(0).getStructureSets().get(0).getStructures().size(), "BODY, GTV, OAR, BONE");
        Path dir = tmp.resolve("case");
        assertTrue(!Files.exists(dir));
        Phantoms.save(r, dir, false, new CaseStore("test"));
        PatientCase loaded = new CaseStore().load(dir);
        assertEquals(r.patientCase().getCaseId(), loaded.getCaseId());
        Phantoms.Result again = Phantoms.build(new Phantoms.Request(60, null, false, 2, 3), null);
        assertThrows(IOException.class, () -> Phantoms.save(again, dir, false, new CaseStore("test")));
        assertEquals(r.patientCase().getCaseId(), new CaseStore().load(dir).getCaseId(), "the first phantom is kept");
        Phantoms.Result replacing = Phantoms.build(new Phantoms.Request(60, null, false, 2, 3), null);
        Phantoms.save(replacing, dir, true, new CaseStore("test"));
        assertEquals(replacing.patientCase().getCaseId(), new CaseStore().load(dir).getCaseId());
    }

    @Test
    void badSizesAreOneLineAndACancelledBuildStops() {
        assertEquals("target volume must be in (0, 400] cc, is 500.0",
                assertThrows(PhantomException.class, () -> Phantoms.build(new Phantoms.Request(500, null, false, 1, 2), null)).getMessage());
        NullProgressMonitor cancelled = new NullProgressMonitor();
        cancelled.setCanceled(true);
        assertThrows(OperationCanceledException.class, () -> Phantoms.build(new Phantoms.Request(30, null, false, 2, 3), cancelled));
    }
}
