package org.opensabt.vtk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.opensabt.ui.testing.UiHarness.*;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opensabt.model.Plan;
import org.opensabt.viewer.Scene3D;
import org.opensabt.viewer.ui.CaseSession;
import org.opensabt.vtk.VtkScene;

/**
 * The 3D view on a real SWT GLCanvas (VTK, Mesa under Xvfb) on a phantom planned in the test: the GTV (a
 * red sphere of known radius at the origin) and the seeds are drawn, a click near the GTV's centre picks
 * it inside its sphere, a click on a needle picks the needle. The rotation frame rate is printed, not asserted.
 * Screenshots: target/ui-test/3d.png, 3d-front.png, 3d-seeds.png.
 */
class View3DUiTest {

    static final double GTV_RADIUS_MM = Math.cbrt(3 * 30 * 1000 / (4 * Math.PI)); // the 30 cc phantom sphere, at the origin

    static Shell shell;
    static View3DPanel panel;
    static Scene3D scene;
    static Plan plan;

    @BeforeAll
    static void showAPlannedPhantom() throws Exception {
        assumeFalse(Boolean.getBoolean("opensabt.uitest.withoutVtk"), "the launch without-vtk checks the view without VTK only");
        Path caseDir = outputDir().resolve("3d-case");
        deleteTree(caseDir);
        plannedPhantom(caseDir);
        CaseSession session = CaseSession.get();
        plan = session.plan();
        shell = shell("OpenSABT 3D view (UI test)", 900, 720);
        panel = new View3DPanel(shell);
        shell.open();
        assertTrue(panel.available(), panel.statusText());
        long t0 = System.nanoTime();
        scene = Scene3D.of(session.patientCase(), plan);
        panel.setScene(scene);
        settle(500);
        System.out.printf(Locale.ROOT, "3D scene built in %.1f s: %s%n", (System.nanoTime() - t0) / 1e9, panel.statusText());
    }

    @AfterAll
    static void close() {
        if (shell != null) {
            shell.dispose();
        }
    }

    @Test
    void gtvAndSeedsDrawnGtvAndNeedlePicked() throws Exception {
        // the GTV alone (opaque; skin, isodoses, template and other structures hidden), then the seeds alone
        panel.setVisible(Scene3D.Kind.SKIN.name(), false);
        panel.setVisible(Scene3D.Kind.ISODOSE.name(), false);
        panel.setVisible(VtkScene.TEMPLATE, false);
        List<String> others = scene.surfaces().stream().filter(x -> x.kind() == Scene3D.Kind.STRUCTURE && !x.name().equals("GTV"))
                .map(Scene3D.Surface::name).toList();
        others.forEach(name -> panel.setSurfaceVisible(name, false));
        Path front = outputDir().resolve("3d-front.png");
        panel.saveScreenshot(front);
        int gtvPixels = countHues(front, new RGB(255, 0, 0))[0];
        panel.setVisible(Scene3D.Kind.STRUCTURE.name(), false);
        panel.setVisible(VtkScene.NEEDLES, false);
        Path seedsOnly = outputDir().resolve("3d-seeds.png");
        panel.saveScreenshot(seedsOnly);
        int seedPixels = countHues(seedsOnly, rgb(VtkScene.SEED_RGB))[0];
        panel.setVisible(Scene3D.Kind.STRUCTURE.name(), true);
        others.forEach(name -> panel.setSurfaceVisible(name, false));
        panel.setVisible(VtkScene.NEEDLES, true);
        System.out.printf(Locale.ROOT, "drawn: %d pixels of the GTV's red (%s), %d seed pixels for %d seeds (%s)%n", gtvPixels, front, seedPixels,
                plan.getSeeds().size(), seedsOnly);
        assertTrue(gtvPixels > 2000, "GTV pixels " + gtvPixels);
        assertTrue(seedPixels > 5 * plan.getSeeds().size(), "seed pixels " + seedPixels);

        // near the GTV's centre (needles run through it: the first pixel of a spiral that hits no needle or seed)
        int[] at = panel.canvasPoint(new double[] { 0, 0, 0 });
        VtkScene.Pick pick = null;
        for (int r = 0; r <= 24 && (pick == null || !pick.name().equals("GTV")); r += 3) {
            for (int a = 0; a < 8; a++) {
                pick = panel.pickAt(at[0] + (int) Math.round(r * Math.cos(a * Math.PI / 4)), at[1] + (int) Math.round(r * Math.sin(a * Math.PI / 4)));
                if (pick != null && pick.name().equals("GTV")) {
                    break;
                }
            }
        }
        assertNotNull(pick, "a click near the GTV's centre picks something");
        assertEquals("GTV", pick.name(), panel.statusText());
        double distance = Math.sqrt(Arrays.stream(pick.positionMm()).map(v -> v * v).sum());
        assertTrue(distance <= GTV_RADIUS_MM + 2, "the picked point lies on the GTV sphere: " + distance + " mm from its centre (radius " + GTV_RADIUS_MM + ")");

        assertTrue(!scene.needles().isEmpty(), "the plan has needles");
        panel.rotate(90, 0); // side view: needles stand out of the body
        Scene3D.NeedlePath n = scene.needles().get(0);
        double[] p = new double[3];
        for (int k = 0; k < 3; k++) {
            p[k] = n.entryMm()[k] + 0.1 * (n.tipMm()[k] - n.entryMm()[k]);
        }
        int[] q = panel.canvasPoint(p);
        VtkScene.Pick needle = panel.pickAt(q[0], q[1]);
        assertTrue(needle != null && needle.name().startsWith("needle "), "a click on needle " + n.needleId() + " picks: " + panel.statusText());
        panel.resetView();

        // the isodoses alone: the 100 % surface in the slice views' yellow, none of the GTV's red (it used to be magenta)
        panel.setVisible(Scene3D.Kind.STRUCTURE.name(), false);
        panel.setVisible(VtkScene.NEEDLES, false);
        panel.setVisible(VtkScene.SEEDS, false);
        panel.setVisible(Scene3D.Kind.ISODOSE.name(), true);
        panel.setShellsTranslucent(false); // opaque: the colour itself, not blended with the background
        Path isodoses = outputDir().resolve("3d-isodoses.png");
        panel.saveScreenshot(isodoses);
        int[] hues = countHues(isodoses, rgbOf(Scene3D.isodoseRgb(100)), new RGB(255, 0, 0), new RGB(255, 0, 255));
        System.out.printf(Locale.ROOT, "isodoses alone: %d yellow (100 %%), %d red, %d magenta pixels (%s)%n", hues[0], hues[1], hues[2], isodoses);
        assertTrue(hues[0] > 1000, "the 100 % isodose drawn yellow: " + hues[0]);
        assertTrue(hues[1] < hues[0] / 20 && hues[2] < hues[0] / 20, "no red or magenta isodose: " + Arrays.toString(hues));
        panel.setShellsTranslucent(true);
        panel.setVisible(Scene3D.Kind.STRUCTURE.name(), true);
        panel.setVisible(VtkScene.NEEDLES, true);
        panel.setVisible(VtkScene.SEEDS, true);

        others.forEach(name -> panel.setSurfaceVisible(name, true));
        panel.setVisible(Scene3D.Kind.SKIN.name(), true);
        panel.setVisible(Scene3D.Kind.ISODOSE.name(), true);
        panel.setVisible(VtkScene.TEMPLATE, true);
        panel.rotate(-35, 20);
        Path all = outputDir().resolve("3d.png");
        panel.saveScreenshot(all);
        System.out.println("screenshots " + all + ", " + front + ", " + seedsOnly);

        // rotation: 72 frames of 5°, each a full render and swap (printed, not asserted; the benchmark is ./opensabt bench)
        long start = System.nanoTime();
        for (int i = 0; i < 72; i++) {
            panel.rotate(5, 0);
            panel.getDisplay().readAndDispatch();
        }
        System.out.printf(Locale.ROOT, "3D rotation of %d surface triangles: %.1f frames/s%n", panel.scene().triangleCount(),
                72 / ((System.nanoTime() - start) / 1e9));
    }

    private static RGB rgbOf(int[] rgb) {
        return new RGB(rgb[0], rgb[1], rgb[2]);
    }

    private static RGB rgb(double[] rgb) {
        return new RGB((int) Math.round(rgb[0] * 255), (int) Math.round(rgb[1] * 255), (int) Math.round(rgb[2] * 255));
    }

    /** Pixels whose colour is a shade of each given colour (lit surfaces: chromaticity within 0.05, not too dark). */
    private static int[] countHues(Path png, RGB... colors) {
        ImageData data = new ImageLoader().load(png.toString())[0];
        int[] counts = new int[colors.length];
        for (int y = 0; y < data.height; y++) {
            for (int x = 0; x < data.width; x++) {
                RGB p = data.palette.getRGB(data.getPixel(x, y));
                double sum = p.red + p.green + p.blue;
                if (sum < 90) {
                    continue;
                }
                for (int i = 0; i < colors.length; i++) {
                    double cs = colors[i].red + colors[i].green + colors[i].blue;
                    if (Math.abs(p.red / sum - colors[i].red / cs) < 0.05 && Math.abs(p.green / sum - colors[i].green / cs) < 0.05
                            && Math.abs(p.blue / sum - colors[i].blue / cs) < 0.05) {
                        counts[i]++;
                    }
                }
            }
        }
        return counts;
    }
}
