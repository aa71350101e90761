package org.opensabt.cli.it;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The needle template of the demo's plan of the STS case through the command line, checked by admesh and PrusaSlicer
 * (tests/check-stl.sh) and its holes measured on the STL (tests/measure-holes.py); a class of its own so that its minute
 * of PrusaSlicer runs beside the other test classes (formerly tests/product-tests.sh, "demo template of the STS plan").
 */
class StsTemplateTest {

    @TempDir
    Path dir;

    /** The template of the demo's plan of the STS case (41 needles): printable, holes within 0.2 mm and 0.5°. */
    @Test
    void templateOfTheStsPlan() {
        Path c = Fixtures.copyCase(Fixtures.plannedCase(), dir.resolve("sts-template"));
        Path out = dir.resolve("sts-template-out");
        Cli.run(dir, "template", "--case", c, "--plan", Fixtures.DEMO_PLAN, "--out", out).ok();
        PlanAndTemplateTest.checkStl(dir, out.resolve("template.stl"));
        PlanAndTemplateTest.measureHoles(dir, out);
    }
}
