package org.opensabt.viewer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opensabt.ui.testing.UiHarness.*;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.opensabt.contour.CaseContents;
import org.opensabt.contour.StructureGeometry;
import org.opensabt.model.PatientCase;
import org.opensabt.model.RoiType;
import org.opensabt.model.Structure;
import org.opensabt.model.store.CaseStore;
import org.opensabt.phantoms.Phantom;
import org.opensabt.viewer.Orientation;
import org.opensabt.viewer.SliceScene;
import org.opensabt.viewer.WindowLevel;

/**
 * Contouring a new structure, the structure list and legend, window/level by mouse drag, isodose versus
 * structure colours, the ruler's label box and a patient switch, on real widgets in a 1366×768 shell, on a
 * phantom planned in the test (30 cc spherical GTV in red in water, 0 HU). Dialogs are driven as a user
 * does: typed into and their buttons pressed while they are open. Screenshots: target/ui-test/contour-*.png.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ContouringUiTest {

    static final String NERVE = "Sciatic nerve";
    static final RGB NERVE_RGB = new RGB(0, 200, 200);

    static CaseSession session;
    static Shell shell;
    static SlicesPanel panel;
    static ContourTools tools;
    static StructureLegend legend;
    static Consumer<CaseSession> follow;

    @BeforeAll
    static void openAPlannedPhantom() throws Exception {
        Path caseDir = outputDir().resolve("contouring-case");
        deleteTree(caseDir);
        plannedPhantom(caseDir);
        session = CaseSession.get();
        shell = shell("OpenSABT contouring (UI test)", 1366, 768);
        panel = new SlicesPanel(shell);
        follow = s -> panel.setScene(new SliceScene(s.patientCase(), s.plan()));
        session.addListener(follow);
        SliceScene scene = new SliceScene(session.patientCase(), session.plan());
        panel.setScene(scene);
        tools = panel.enableEditing(session);
        legend = panel.legend();
        shell.open();
        panel.showPoint(scene.centroidMm("GTV"));
        settle(800);
    }

    @AfterAll
    static void close() {
        if (session != null) {
            session.removeListener(follow);
        }
        if (shell != null) {
            shell.dispose();
        }
    }

    /**
     * The GTV outline and the 100 % isodose, each shown alone through the legend's check boxes, are drawn in
     * colours told apart by lightness (CIE L*, ΔL* ≥ 25) and overall (ΔE*ab ≥ 50), measured on the rendered
     * pixels; red and magenta (the old 100 % colour) differ by ΔL* ≈ 7 only.
     */
    @Test
    @Order(1)
    void gtvAndHundredPercentIsodoseAreDistinguishableOnScreen() {
        SliceCanvas axial = panel.views().get(0);
        TableItem gtv = legend.item("GTV");
        TableItem iso100 = legend.item("100 %");
        assertNotNull(gtv);
        assertNotNull(iso100, "the legend lists the 100 % isodose: " + rows());
        var gy = java.util.regex.Pattern.compile("([0-9.]+) Gy").matcher(iso100.getText(0));
        assertTrue(gy.find(), iso100.getText(0));
        assertEquals(session.plan().getPrescriptionDoseGy(), Double.parseDouble(gy.group(1)), 0.05, "the 100 % row names the Rx in Gy: " + iso100.getText(0));
        TableItem iso50 = legend.item("50 %");
        assertTrue(iso50.getText(0).contains(StructureLegend.gy(session.plan().getPrescriptionDoseGy() / 2) + " Gy"), iso50.getText(0));
        setAllShown(false);
        ImageData nothing = grab(axial);
        check(gtv, true);
        ImageData gtvOnly = grab(axial);
        check(gtv, false);
        check(iso100, true);
        ImageData isoOnly = grab(axial);
        setAllShown(true);
        int[] g = drawnColour(nothing, gtvOnly);
        int[] iso = drawnColour(nothing, isoOnly);
        double[] labG = lab(g);
        double[] labI = lab(iso);
        double dL = Math.abs(labG[0] - labI[0]);
        double dE = Math.sqrt(Math.pow(labG[0] - labI[0], 2) + Math.pow(labG[1] - labI[1], 2) + Math.pow(labG[2] - labI[2], 2));
        double dLold = Math.abs(lab(new int[] { 255, 0, 0 })[0] - lab(new int[] { 255, 0, 255 })[0]);
        System.out.printf(Locale.ROOT, "GTV outline drawn as %s, 100 %% isodose as %s: ΔL* %.0f, ΔE*ab %.0f (red vs the old magenta: ΔL* %.0f)%n",
                Arrays.toString(g), Arrays.toString(iso), dL, dE, dLold);
        assertTrue(dL >= 25 && dE >= 50, "GTV and 100 % isodose too alike: ΔL* " + dL + ", ΔE " + dE);
        screenshot(shell, "contour-legend.png");
    }

    @Test
    @Order(2)
    void aNewOarIsCreatedDrawnHiddenRenamedRetypedAndEachEditUndoneAndRedone() throws Exception {
        PatientCase c = session.patientCase();
        int structures = CaseContents.structures(c).size();
        // a duplicate name is refused in the dialog, which says why
        String[] refusal = new String[1];
        inDialog("New structure", () -> press(button(legend, "New…")), d -> {
            all(d, Text.class).get(0).setText("gtv");
            refusal[0] = find(d, Label.class, l -> l.getText().contains("exists")).getText();
            assertFalse(button(d, "OK").isEnabled(), "OK is disabled for a duplicate name");
            press(button(d, "Cancel"));
        });
        assertEquals("A structure named GTV exists already; choose another name", refusal[0]);
        assertEquals(structures, CaseContents.structures(c).size());

        inDialog("New structure", () -> press(button(legend, "New…")), d -> {
            all(d, Text.class).get(0).setText(NERVE);
            choose(find(d, Combo.class, x -> true), RoiType.OAR.getLiteral());
            all(d, Text.class).get(1).setText("#00C8C8");
            screenshot(d, "contour-new-dialog.png");
            press(button(d, "OK"));
        });
        Structure nerve = structure(NERVE);
        assertNotNull(nerve, tools.statusText());
        assertEquals(RoiType.OAR, nerve.getType());
        assertEquals(List.of(0, 200, 200), nerve.getColorRgb());
        assertEquals("New structure " + NERVE, session.undoLabel());
        assertNotNull(legend.item(NERVE), "listed in the legend");
        press(button(tools, "Undo"));
        assertNull(structure(NERVE), "undo removes it");
        assertNull(legend.item(NERVE));
        press(button(tools, "Redo"));
        assertEquals(nerve, structure(NERVE), "redo brings the same structure back");

        // draw it: a 12 mm × 30 mm polygon lateral of the GTV on the axial view
        SliceScene scene = panel.scene();
        var grid = scene.slicer().grid();
        SliceCanvas axial = panel.views().get(0);
        select(legend.item(NERVE));
        tools.setTool(SliceCanvas.Tool.POLYGON);
        double[] centre = scene.centroidMm("GTV");
        int k = (int) Math.round(grid.toGridMm(centre)[2] / grid.spacingMm()[2]);
        axial.setSlice(k);
        double[][] cornersMm = { { 35, -15 }, { 47, -15 }, { 47, 15 }, { 35, 15 }, { 35, -15 } };
        int before = count(axial, NERVE_RGB)[0];
        for (double[] p : cornersMm) {
            click(axial, screen(axial, scene, new double[] { centre[0] + p[0], centre[1] + p[1], centre[2] }));
        }
        settle(300);
        double cc = StructureGeometry.mask(nerve, grid).volumeCc();
        int drawn = count(axial, NERVE_RGB)[0];
        System.out.printf(Locale.ROOT, "%s drawn: %.2f cc (12 × 30 mm × %.0f mm slice = %.2f cc), %d → %d pixels of its colour; %s%n", NERVE, cc,
                grid.spacingMm()[2], 12 * 30 * grid.spacingMm()[2] / 1000, before, drawn, tools.statusText());
        assertEquals(12 * 30 * grid.spacingMm()[2] / 1000, cc, 0.25 * 12 * 30 * grid.spacingMm()[2] / 1000, "volume of the drawn polygon");
        assertTrue(drawn > before + 100, "its outline is on screen: " + before + " → " + drawn);
        screenshot(shell, "contour-nerve.png");

        // hide and show it (view state: the case is not changed)
        boolean dirty = session.dirty();
        String undoLabel = session.undoLabel();
        check(legend.item(NERVE), false);
        int hidden = count(axial, NERVE_RGB)[0];
        check(legend.item(NERVE), true);
        int shown = count(axial, NERVE_RGB)[0];
        System.out.printf(Locale.ROOT, "%s hidden: %d pixels of its colour, shown again: %d%n", NERVE, hidden, shown);
        // (a few pixels of nearly that colour are the cyan seeds' anti-aliased edges, there before it was drawn)
        assertTrue(hidden <= before + 10 && shown == drawn, "hidden " + hidden + ", shown " + shown + ", drawn " + drawn + ", before " + before);
        assertEquals(dirty, session.dirty());
        assertEquals(undoLabel, session.undoLabel(), "visibility is no edit");

        // rename, retype, recolour: one dialog each, one undoable edit each
        edit(NERVE, d -> all(d, Text.class).get(0).setText(NERVE + " L"));
        assertEquals(NERVE + " L", nerve.getName());
        assertEquals("Rename " + NERVE + " to " + NERVE + " L", session.undoLabel());
        assertNotNull(legend.item(NERVE + " L"));
        undoRedo(() -> NERVE.equals(nerve.getName()), () -> (NERVE + " L").equals(nerve.getName()));

        edit(NERVE + " L", d -> choose(find(d, Combo.class, x -> true), RoiType.AVOID.getLiteral()));
        assertEquals(RoiType.AVOID, nerve.getType());
        assertEquals("AVOID", legend.item(NERVE + " L").getText(1));
        undoRedo(() -> nerve.getType() == RoiType.OAR, () -> nerve.getType() == RoiType.AVOID);

        edit(NERVE + " L", d -> all(d, Text.class).get(1).setText("#FF5A8C"));
        assertEquals(List.of(255, 90, 140), nerve.getColorRgb());
        assertTrue(count(axial, new RGB(255, 90, 140))[0] > 100, "drawn in its new colour");
        undoRedo(() -> nerve.getColorRgb().equals(List.of(0, 200, 200)), () -> nerve.getColorRgb().equals(List.of(255, 90, 140)));

        // a plan's target cannot be deleted; the nerve can, after a question naming it, and Undo brings it back
        select(legend.item("GTV"));
        press(button(legend, "Delete…"));
        assertTrue(tools.statusText().contains("GTV is the target of plan " + session.plan().getPlanId()), tools.statusText());
        assertNotNull(structure("GTV"));
        select(legend.item(NERVE + " L"));
        String[] question = new String[1];
        inDialog("Delete structure", () -> press(button(legend, "Delete…")), d -> {
            question[0] = find(d, Label.class, l -> l.getText().startsWith("Delete")).getText();
            press(button(d, "Yes"));
        });
        assertTrue(question[0].startsWith("Delete " + NERVE + " L (AVOID, 1 contours)?"), question[0]);
        assertNull(structure(NERVE + " L"));
        assertTrue(count(axial, new RGB(255, 90, 140))[0] <= before + 10, "gone from the view");
        press(button(tools, "Undo"));
        assertEquals(nerve, structure(NERVE + " L"));
        press(button(tools, "Save"));
        PatientCase reread = new CaseStore().load(session.folder());
        Structure saved = CaseContents.structures(reread).stream().filter(s -> s.getName().equals(NERVE + " L")).findFirst().orElseThrow();
        assertEquals(RoiType.AVOID, saved.getType());
        assertEquals(cc, StructureGeometry.mask(saved, grid).volumeCc(), 1e-9, "saved with its contour");
        tools.setTool(SliceCanvas.Tool.NAVIGATE);
    }

    /**
     * Right-button drag on the axial view: 200 px right widens the window (water at 0 HU, below the soft-tissue
     * level of 40 HU, gets brighter), 100 px down raises the level (darker); all three views and the shown W/L follow,
     * and the grey on screen is what the shown W/L gives for the CT number under it.
     */
    @Test
    @Order(3)
    void rightDragSetsWindowAndLevelOfAllViewsShownInHu() {
        tools.setTool(SliceCanvas.Tool.NAVIGATE);
        SliceCanvas axial = panel.views().get(0);
        SliceScene scene = panel.scene();
        panel.setWindow(WindowLevel.SOFT_TISSUE);
        setAllShown(false);
        double[] centre = scene.centroidMm("GTV");
        int[] xy = screen(axial, scene, new double[] { centre[0] - 40, centre[1] + 40, centre[2] });
        double[] uv = scene.slicer().uv(Orientation.AXIAL, new double[] { centre[0] - 40, centre[1] + 40, centre[2] });
        double hu = scene.readout(Orientation.AXIAL, axial.slice(), uv[0], uv[1])[3];
        assertEquals(Phantom.WATER_HU, hu, 0.5, "water there");
        int g0 = grey(axial, xy);
        rightDrag(axial, xy, 200, 0);
        WindowLevel wider = panel.window();
        int g1 = grey(axial, xy);
        rightDrag(axial, xy, 0, 100);
        WindowLevel higher = panel.window();
        int g2 = grey(axial, xy);
        String shown = find(panel, Combo.class, x -> true).getText();
        System.out.printf(Locale.ROOT, "W/L drag: soft tissue %d grey at %.0f HU; 200 px right → %s, %d grey; 100 px down → %s, %d grey; shown \"%s\"%n", g0, hu,
                wider, g1, higher, g2, shown);
        assertTrue(wider.widthHu() > WindowLevel.SOFT_TISSUE.widthHu() && wider.centreHu() == WindowLevel.SOFT_TISSUE.centreHu(), wider.toString());
        assertTrue(g1 > g0, "wider window: water below the level gets brighter " + g0 + " → " + g1);
        assertTrue(higher.centreHu() > wider.centreHu() && higher.widthHu() == wider.widthHu(), higher.toString());
        assertTrue(g2 < g1, "higher level: darker " + g1 + " → " + g2);
        double expected = 255 * (hu - (higher.centreHu() - higher.widthHu() / 2)) / higher.widthHu();
        assertEquals(expected, g2, 3, "the grey is what the window gives");
        assertEquals(String.format(Locale.ROOT, "Custom (W %.0f / L %.0f HU)", higher.widthHu(), higher.centreHu()), shown);
        for (SliceCanvas v : panel.views()) {
            assertEquals(higher, v.window(), v.orientation().label() + " view follows");
        }
        screenshot(shell, "contour-window.png");
        choose(find(panel, Combo.class, x -> true), String.format(Locale.ROOT, "Soft tissue (W 400 / L 40 HU)"));
        assertEquals(WindowLevel.SOFT_TISSUE, panel.window(), "presets kept");
        assertEquals(g0, grey(axial, xy));
        setAllShown(true);
    }

    /** Over a white image (every CT number above the window) the ruler's and a measurement's labels sit on opaque black boxes. */
    @Test
    @Order(4)
    void rulerAndMeasurementLabelsHaveOpaqueBoxesOverBrightImage() {
        tools.setTool(SliceCanvas.Tool.NAVIGATE);
        SliceCanvas axial = panel.views().get(0);
        panel.setWindow(new WindowLevel("all white", -3000, 2));
        setAllShown(false); // only the CT, the measurement and the annotations
        for (int i = 0; i < 4; i++) { // Ctrl+wheel: zoom until the image covers the view
            Event e = new Event();
            e.count = 1;
            e.stateMask = SWT.CTRL;
            axial.notifyListeners(SWT.MouseVerticalWheel, e);
        }
        SliceScene scene = panel.scene();
        double[] centre = scene.centroidMm("GTV");
        int[] from = screen(axial, scene, centre);
        double pxPerMm = (axial.toScreen(100, 0)[0] - axial.toScreen(0, 0)[0]) / (100 * scene.slicer().pixelMm(Orientation.AXIAL)[0]);
        mouse(axial, SWT.MouseDown, from, SWT.SHIFT);
        mouse(axial, SWT.MouseMove, new int[] { from[0] + 80, from[1] }, SWT.BUTTON1 | SWT.SHIFT);
        mouse(axial, SWT.MouseUp, new int[] { from[0] + 80, from[1] }, 0);
        settle(200);
        assertEquals(80 / pxPerMm, axial.measuredMm(), 1 / pxPerMm, "measured distance");
        ImageData data = grab(axial);
        for (Rectangle box : new Rectangle[] { axial.rulerLabelBounds(), axial.measureLabelBounds() }) {
            assertNotNull(box);
            int black = 0;
            for (int y = box.y; y < box.y + box.height; y++) {
                for (int x = box.x; x < box.x + box.width; x++) {
                    black += rgb(data, x, y).red < 60 ? 1 : 0;
                }
            }
            double fraction = black / (double) (box.width * box.height);
            RGB beside = rgb(data, box.x - 8, box.y + box.height / 2);
            System.out.printf(Locale.ROOT, "label box %s: %.0f %% black; beside it %s%n", box, 100 * fraction, beside);
            assertTrue(beside.red > 200 && beside.green > 200, "the image beside the label is bright: " + beside);
            assertTrue(fraction > 0.6, "the label's box is opaque black: " + fraction);
        }
        screenshot(shell, "contour-ruler.png");
        panel.setWindow(WindowLevel.SOFT_TISSUE);
        setAllShown(true);
    }

    /** Showing another case clears the readout, the measurement, the crosshair's case state, hidden layers, window and status line. */
    @Test
    @Order(5)
    void anotherCaseStartsWithAClearReadoutWindowAndLayers() throws Exception {
        tools.setTool(SliceCanvas.Tool.NAVIGATE);
        SliceCanvas axial = panel.views().get(0);
        SliceScene scene = panel.scene();
        int[] xy = screen(axial, scene, scene.centroidMm("GTV"));
        mouse(axial, SWT.MouseMove, xy, 0);
        assertTrue(panel.readoutText().contains("dose"), "a dose readout over the GTV: " + panel.readoutText());
        rightDrag(axial, xy, 50, 30);
        check(legend.item("GTV"), false);
        assertFalse(Double.isNaN(axial.measuredMm()));
        assertFalse(tools.statusText().isEmpty());

        Path other = outputDir().resolve("contouring-other-case");
        deleteTree(other);
        PatientCase second = new Phantom(20, Double.NaN, false, 1, 2).build();
        CaseStore.expectNewFolder(second);
        new CaseStore("OpenSABT UI tests").save(second, other);
        session.open(other);
        settle(300);
        assertTrue(panel.scene().patientCase() == session.patientCase() && session.patientCase().getPlans().isEmpty());
        System.out.printf(Locale.ROOT, "after switching case: readout \"%s\", window %s, status \"%s\", GTV row checked %s%n", panel.readoutText(),
                panel.window(), tools.statusText(), legend.item("GTV").getChecked());
        assertEquals("", panel.readoutText());
        assertEquals(WindowLevel.presets().get(0), panel.window());
        for (SliceCanvas v : panel.views()) {
            assertEquals(WindowLevel.presets().get(0), v.window());
            assertTrue(Double.isNaN(v.measuredMm()));
        }
        assertEquals("", tools.statusText());
        assertTrue(legend.item("GTV").getChecked(), "the new case's GTV is shown");
        assertNull(legend.item("100 %"), "no plan, no isodose rows");
        screenshot(shell, "contour-switched.png");
        shell.setSize(1920, 1080);
        settle(300);
        screenshot(shell, "contour-1920.png");
        shell.setSize(1366, 768);
    }

    // helpers

    private static List<String> rows() {
        return Arrays.stream(legend.table().getItems()).map(i -> i.getText(0)).toList();
    }

    private static Structure structure(String name) {
        return CaseContents.structures(session.patientCase()).stream().filter(s -> s.getName().equals(name)).findFirst().orElse(null);
    }

    /** Ticks or clears a legend row's check box, as a click on it does. */
    private static void check(TableItem item, boolean on) {
        item.setChecked(on);
        Event e = new Event();
        e.item = item;
        e.detail = SWT.CHECK;
        item.getParent().notifyListeners(SWT.Selection, e);
        settle(100);
    }

    private static void select(TableItem item) {
        item.getParent().setSelection(item);
        Event e = new Event();
        e.item = item;
        item.getParent().notifyListeners(SWT.Selection, e);
    }

    private static void setAllShown(boolean on) {
        for (TableItem item : legend.table().getItems()) {
            check(item, on);
        }
    }

    /** Opens the Edit dialog of a structure (selected in the legend), lets {@code fill} change it and presses OK. */
    private static void edit(String name, Consumer<Shell> fill) {
        select(legend.item(name));
        inDialog("Edit structure " + name, () -> press(button(legend, "Edit…")), d -> {
            fill.accept(d);
            press(button(d, "OK"));
        });
        settle(100);
    }

    private static void undoRedo(java.util.function.BooleanSupplier undone, java.util.function.BooleanSupplier redone) {
        String label = session.undoLabel();
        press(button(tools, "Undo"));
        assertTrue(undone.getAsBoolean(), "undo of " + label);
        press(button(tools, "Redo"));
        assertTrue(redone.getAsBoolean(), "redo of " + label);
    }

    private static int[] screen(SliceCanvas view, SliceScene scene, double[] patientMm) {
        double[] uv = scene.slicer().uv(view.orientation(), patientMm);
        return view.toScreen(uv[0], uv[1]);
    }

    private static void rightDrag(SliceCanvas view, int[] from, int dx, int dy) {
        Event down = new Event();
        down.x = from[0];
        down.y = from[1];
        down.button = 3;
        view.notifyListeners(SWT.MouseDown, down);
        for (int step = 1; step <= 4; step++) {
            Event move = new Event();
            move.x = from[0] + dx * step / 4;
            move.y = from[1] + dy * step / 4;
            move.stateMask = SWT.BUTTON3;
            view.notifyListeners(SWT.MouseMove, move);
        }
        Event up = new Event();
        up.x = from[0] + dx;
        up.y = from[1] + dy;
        up.button = 3;
        view.notifyListeners(SWT.MouseUp, up);
        settle(150);
    }

    private static RGB rgb(ImageData data, int x, int y) {
        return data.palette.getRGB(data.getPixel(x, y));
    }

    /** The grey (0–255) at a screen pixel, the median of its 3×3 neighbourhood. */
    private static int grey(SliceCanvas view, int[] xy) {
        ImageData data = grab(view);
        int[] g = new int[9];
        int n = 0;
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                g[n++] = rgb(data, xy[0] + dx, xy[1] + dy).red;
            }
        }
        Arrays.sort(g);
        return g[4];
    }

    /** The median colour of the pixels that a layer changed strongly (sum of channel differences > 150). */
    private static int[] drawnColour(ImageData without, ImageData with) {
        List<int[]> changed = new ArrayList<>();
        for (int y = 0; y < with.height; y++) {
            for (int x = 0; x < with.width; x++) {
                RGB a = rgb(without, x, y);
                RGB b = rgb(with, x, y);
                if (Math.abs(a.red - b.red) + Math.abs(a.green - b.green) + Math.abs(a.blue - b.blue) > 150) {
                    changed.add(new int[] { b.red, b.green, b.blue });
                }
            }
        }
        assertTrue(changed.size() > 50, "the layer is drawn: " + changed.size() + " pixels");
        int[] out = new int[3];
        for (int ch = 0; ch < 3; ch++) {
            int c = ch;
            int[] v = changed.stream().mapToInt(p -> p[c]).sorted().toArray();
            out[ch] = v[v.length / 2];
        }
        return out;
    }

    /** CIE 1976 L*a*b* of an sRGB colour (IEC 61966-2-1 transfer function, D65 white). */
    static double[] lab(int[] rgb) {
        double[] lin = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = rgb[i] / 255.0;
            lin[i] = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        double x = (0.4124 * lin[0] + 0.3576 * lin[1] + 0.1805 * lin[2]) / 0.95047;
        double y = 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2];
        double z = (0.0193 * lin[0] + 0.1192 * lin[1] + 0.9505 * lin[2]) / 1.08883;
        double fx = f(x), fy = f(y), fz = f(z);
        return new double[] { 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz) };
    }

    private static double f(double t) {
        return t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
    }
}
