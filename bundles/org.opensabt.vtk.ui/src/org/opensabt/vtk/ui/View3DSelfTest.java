package org.opensabt.vtk.ui;

import static org.opensabt.viewer.ui.UiTestSupport.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.opensabt.contour.CaseContents;
import org.opensabt.model.PatientCase;
import org.opensabt.model.Plan;
import org.opensabt.model.Structure;
import org.opensabt.model.store.CaseStore;
import org.opensabt.viewer.Scene3D;
import org.opensabt.vtk.VtkScene;

/**
 * UI test and rotation benchmark of the 3D view on a real SWT GLCanvas (run under Xvfb by the product
 * tests): {@code -application org.opensabt.vtk.ui.selftest CASE PLAN STRUCTURE OUT_DIR}. Checks on the
 * rendered pixels that the structure and the seeds are drawn (skin and isodose shells hidden for that
 * check, shown for the screenshot), that a click on the structure's centre and on a needle's outer part
 * picks them, writes 3d.png and 3d-front.png, and rotates the camera in 5° steps with a full render and
 * buffer swap per frame, printing the median frame rate of 3 passes (all surfaces opaque, then with the
 * see-through shells). Exit code 0 only if every check
 * passed (the frame rate is printed, not asserted).
 */
public final class View3DSelfTest implements IApplication {

    @Override
    public Object start(IApplicationContext context) throws Exception {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        if (args == null || args.length < 4) {
            System.err.println("usage: -application org.opensabt.vtk.ui.selftest CASE PLAN STRUCTURE OUT_DIR");
            return 2;
        }
        PatientCase c = new CaseStore().load(Path.of(args[0]));
        Plan plan = c.getPlans().stream().filter(p -> p.getPlanId().equals(args[1])).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no plan " + args[1]));
        Structure structure = CaseContents.structures(c).stream().filter(s -> s.getName().equalsIgnoreCase(args[2])).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no structure " + args[2]));
        Path out = Path.of(args[3]);
        Files.createDirectories(out);
        int failures = 0;
        Display display = new Display();
        try {
            Shell shell = new Shell(display);
            shell.setText("OpenSABT 3D view (self-test)");
            shell.setLayout(new FillLayout());
            shell.setSize(900, 720);
            View3DPanel panel = new View3DPanel(shell);
            shell.open();
            if (!panel.available()) {
                System.out.println("FAIL " + panel.statusText());
                return 1;
            }
            long t0 = System.nanoTime();
            Scene3D scene = Scene3D.of(c, plan);
            panel.setScene(scene);
            settle(display, 500);
            System.out.printf(Locale.ROOT, "3D scene built in %.1f s: %s%n", (System.nanoTime() - t0) / 1e9, panel.statusText());

            // what is drawn: the structure (opaque) with the translucent shells hidden, then the seeds with the structures hidden too
            panel.setVisible(Scene3D.Kind.SKIN.name(), false);
            panel.setVisible(Scene3D.Kind.ISODOSE.name(), false);
            panel.setVisible(VtkScene.TEMPLATE, false);
            // other structures (e.g. a PTV around the GTV) hidden for the checks on this one
            List<String> others = scene.surfaces().stream().filter(x -> x.kind() == Scene3D.Kind.STRUCTURE && !x.name().equals(structure.getName()))
                    .map(Scene3D.Surface::name).toList();
            others.forEach(name -> panel.setSurfaceVisible(name, false));
            Path front = out.resolve("3d-front.png");
            panel.saveScreenshot(front);
            RGB color = new RGB(structure.getColorRgb().get(0), structure.getColorRgb().get(1), structure.getColorRgb().get(2));
            int structurePixels = countHues(front, color)[0];
            panel.setVisible(Scene3D.Kind.STRUCTURE.name(), false);
            panel.setVisible(VtkScene.NEEDLES, false);
            Path seedsOnly = out.resolve("3d-seeds.png");
            panel.saveScreenshot(seedsOnly);
            int seedPixels = countHues(seedsOnly, rgb(VtkScene.SEED_RGB))[0];
            panel.setVisible(Scene3D.Kind.STRUCTURE.name(), true);
            others.forEach(name -> panel.setSurfaceVisible(name, false));
            panel.setVisible(VtkScene.NEEDLES, true);
            boolean drawn = structurePixels > 2000 && seedPixels > 5 * plan.getSeeds().size();
            failures += drawn ? 0 : 1;
            System.out.printf(Locale.ROOT, "%s drawn: %d pixels of %s's colour (%s), %d seed pixels for %d seeds with the structures and needles hidden (%s)%n",
                    drawn ? "ok  " : "FAIL", structurePixels, structure.getName(), front.getFileName(), seedPixels, plan.getSeeds().size(), seedsOnly.getFileName());

            // picking: near the structure's centre (needles run through it: the first pixel of a spiral that hits no needle
            // or seed), then a needle a tenth of the way from its entry
            double[] centre = centroid(scene, structure.getName());
            int[] at = panel.canvasPoint(centre);
            VtkScene.Pick pick = null;
            int[] where = at;
            for (int r = 0; r <= 24 && (pick == null || pick.name().startsWith("needle ") || pick.name().endsWith(" seeds")); r += 3) {
                for (int a = 0; a < 8; a++) {
                    where = new int[] { at[0] + (int) Math.round(r * Math.cos(a * Math.PI / 4)), at[1] + (int) Math.round(r * Math.sin(a * Math.PI / 4)) };
                    pick = panel.pickAt(where[0], where[1]);
                    if (pick != null && !pick.name().startsWith("needle ") && !pick.name().endsWith(" seeds")) {
                        break;
                    }
                }
            }
            double[][] box = bounds(scene, structure.getName());
            boolean inBox = pick != null && pick.positionMm()[0] >= box[0][0] - 2 && pick.positionMm()[0] <= box[1][0] + 2
                    && pick.positionMm()[1] >= box[0][1] - 2 && pick.positionMm()[1] <= box[1][1] + 2 && pick.positionMm()[2] >= box[0][2] - 2
                    && pick.positionMm()[2] <= box[1][2] + 2;
            boolean picked = pick != null && pick.name().equals(structure.getName()) && inBox;
            failures += picked ? 0 : 1;
            System.out.printf(Locale.ROOT, "%s click near %s's centre (pixel %d, %d; centre at %d, %d) picks: %s%n", picked ? "ok  " : "FAIL", structure.getName(),
                    where[0], where[1], at[0], at[1], panel.statusText());
            if (!scene.needles().isEmpty()) {
                panel.rotate(90, 0); // side view: needles stand out of the body
                Scene3D.NeedlePath n = scene.needles().get(0);
                double[] p = new double[3];
                for (int k = 0; k < 3; k++) {
                    p[k] = n.entryMm()[k] + 0.1 * (n.tipMm()[k] - n.entryMm()[k]);
                }
                int[] q = panel.canvasPoint(p);
                VtkScene.Pick needle = panel.pickAt(q[0], q[1]);
                boolean ok = needle != null && needle.name().startsWith("needle ");
                failures += ok ? 0 : 1;
                System.out.printf(Locale.ROOT, "%s click on needle %s picks: %s%n", ok ? "ok  " : "FAIL", n.needleId(), panel.statusText());
                panel.resetView();
            }
            others.forEach(name -> panel.setSurfaceVisible(name, true));
            panel.setVisible(Scene3D.Kind.SKIN.name(), true);
            panel.setVisible(Scene3D.Kind.ISODOSE.name(), true);
            panel.setVisible(VtkScene.TEMPLATE, true);
            panel.rotate(-35, 20);
            panel.saveScreenshot(out.resolve("3d.png"));

            // rotation: 72 frames of 5° per pass, each a full render and swap; the whole scene, then its opaque part alone
            long triangles = panel.scene().triangleCount();
            double whole = rotationFps(panel, display);
            panel.setShellsTranslucent(false);
            double opaque = rotationFps(panel, display);
            panel.setShellsTranslucent(true);
            var size = panel.canvas().getSize();
            System.out.printf(Locale.ROOT, "%s 3D rotation of %d surface triangles (%d before decimation), %d×%d pixels: median %.1f frames/s with every surface opaque, "
                    + "%.1f frames/s with the skin, isodose and template shells see-through (3 passes of 72 frames each; target >= 10 fps for 200k triangles)%n",
                    opaque >= 10 ? "ok  " : "SLOW", triangles, panel.scene().sourceTriangleCount(), size.x, size.y, opaque, whole);
            System.out.printf(Locale.ROOT, "result failures=%d rotationFps=%.1f seeThroughRotationFps=%.1f triangles=%d%n", failures, opaque, whole, triangles);
            shell.dispose();
        } finally {
            display.dispose();
        }
        return failures == 0 ? IApplication.EXIT_OK : 1;
    }

    @Override
    public void stop() {
    }

    /** Median frame rate of 3 passes of 72 frames, each turning the camera 5° about the vertical and rendering. */
    private static double rotationFps(View3DPanel panel, Display display) {
        double[] fps = new double[3];
        for (int pass = 0; pass < 3; pass++) {
            long start = System.nanoTime();
            for (int i = 0; i < 72; i++) {
                panel.rotate(5, 0);
                display.readAndDispatch();
            }
            fps[pass] = 72 / ((System.nanoTime() - start) / 1e9);
        }
        Arrays.sort(fps);
        return fps[1];
    }

    private static double[] centroid(Scene3D scene, String name) {
        Scene3D.Surface s = scene.surfaces().stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
        double[] c = new double[3];
        float[] v = s.verticesMm();
        for (int i = 0; i < v.length; i++) {
            c[i % 3] += v[i];
        }
        for (int k = 0; k < 3; k++) {
            c[k] /= v.length / 3.0;
        }
        return c;
    }

    private static double[][] bounds(Scene3D scene, String name) {
        Scene3D.Surface s = scene.surfaces().stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
        double[][] b = { { Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE }, { -Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE } };
        float[] v = s.verticesMm();
        for (int i = 0; i < v.length; i++) {
            b[0][i % 3] = Math.min(b[0][i % 3], v[i]);
            b[1][i % 3] = Math.max(b[1][i % 3], v[i]);
        }
        return b;
    }

    private static RGB rgb(double[] rgb) {
        return new RGB((int) Math.round(rgb[0] * 255), (int) Math.round(rgb[1] * 255), (int) Math.round(rgb[2] * 255));
    }

    /**
     * Pixels whose colour is a shade of each given colour (lit surfaces are the colour scaled by the
     * light: chromaticity within 0.05, not too dark).
     */
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
