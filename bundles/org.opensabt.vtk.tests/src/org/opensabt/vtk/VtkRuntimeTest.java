package org.opensabt.vtk;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

/**
 * Without an X display VTK must not be asked for anything (Debian's build aborts the JVM): the runtime
 * says why instead. The unit tests run without a display (the product tests cover rendering under Xvfb).
 */
class VtkRuntimeTest {

    @Test
    void withoutADisplayTheRuntimeSaysWhyAndTheJvmLives() {
        String display = System.getenv("DISPLAY");
        assumeTrue(display == null || display.isBlank(), "a display is set; this test is for machines without one");
        VtkRuntime.Availability a = VtkRuntime.availability();
        assertFalse(a.available());
        assertTrue(a.reason().contains("DISPLAY is not set"), a.reason());
        assertTrue(a.reason().contains("still work"), a.reason());
        assertTrue(VtkRuntime.availability() == a, "answered once, then remembered");
    }
}
