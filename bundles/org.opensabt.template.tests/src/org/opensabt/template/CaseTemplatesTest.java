package org.opensabt.template;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opensabt.model.GuideHole;
import org.opensabt.model.Needle;
import org.opensabt.model.NeedleTemplate;
import org.opensabt.model.PatientCase;
import org.opensabt.model.Plan;
import org.opensabt.phantoms.Phantom;

import com.google.gson.Gson;

/** The template facade on an in-memory case that was never saved: design changes nothing, export writes the files, apply records the template. */
class CaseTemplatesTest {

    static PatientCase phantomWithPlan() {
        PatientCase c = new Phantom(60, Double.NaN, false, 1, 2).build();
        SyntheticPlans.anteriorGrid(c, "p", 4, 0, 0);
        return c;
    }

    @Test
    void designChangesNothingAndApplyRecordsTheTemplateOnThePlansNeedles() throws Exception {
        PatientCase c = phantomWithPlan();
        Plan plan = c.getPlans().get(0);
        CaseTemplates.Result result = CaseTemplates.design(c, new CaseTemplates.Request("p", TemplateSpec.DEFAULT.with(6, 0.5, 17), null), null);
        assertTrue(c.getTemplates().isEmpty(), "design does not record anything");
        assertTrue(plan.getNeedles().stream().allMatch(n -> n.getGuideHoleId() == null), "design does not label the needles");
        assertEquals("p-template", result.templateId());
        assertEquals(4, result.design().holes().size());

        NeedleTemplate t = CaseTemplates.apply(c, result);
        assertEquals(List.of(t), c.getTemplates());
        assertEquals("p-template", t.getTemplateId());
        assertEquals(plan, t.getPlan());
        assertEquals(6, t.getThicknessMm(), 0);
        assertNull(t.getStlFile(), "no file exported, so no STL path");
        assertEquals(4, t.getGuideHoles().size());
        Set<String> labels = new HashSet<>();
        for (Needle n : plan.getNeedles()) {
            assertTrue(n.getGuideHoleId() != null, n.getNeedleId() + " has its hole label");
            labels.add(n.getGuideHoleId());
            GuideHole hole = t.getGuideHoles().stream().filter(h -> h.getHoleId().equals(n.getGuideHoleId())).findFirst().orElseThrow();
            // the hole is on the needle's axis (from the plan's own entry and tip) and points along it; 17 G = 1.473 mm + 0.2 mm clearance
            double[] entry = array(n.getEntryPointMm());
            double[] d = unit(sub(array(n.getTipPointMm()), entry));
            assertTrue(distanceToLine(array(hole.getCenterMm()), entry, d) < 1e-6, "hole " + hole.getHoleId() + " on needle " + n.getNeedleId());
            assertTrue(Math.abs(dot(unit(array(hole.getDirectionUnit())), d)) > 1 - 1e-9);
            assertEquals(1.673, hole.getDiameterMm(), 1e-9);
        }
        assertEquals(4, labels.size(), "one hole per needle");

        // applied again (e.g. redesigned): replaced, not added
        CaseTemplates.apply(c, CaseTemplates.design(c, new CaseTemplates.Request("p"), null));
        assertEquals(1, c.getTemplates().size());
        assertEquals(5, c.getTemplates().get(0).getThicknessMm(), 0);
    }

    @Test
    void exportWritesTheFilesOfAnUnsavedCase(@TempDir Path dir) throws Exception {
        PatientCase c = phantomWithPlan();
        assertNull(c.eResource(), "the case was never saved or loaded");
        CaseTemplates.Result result = CaseTemplates.design(c, new CaseTemplates.Request("p", null, "mine"), new NullProgressMonitor());
        Path folder = dir.resolve("out/template");
        CaseTemplates.Exported files = CaseTemplates.export(result, folder, null);
        assertEquals(folder.resolve("template.stl"), files.stlFile());

        // binary STL: 80-byte header, triangle count, 50 bytes per triangle; every normal a unit vector or zero
        byte[] stl = Files.readAllBytes(files.stlFile());
        ByteBuffer b = ByteBuffer.wrap(stl).order(ByteOrder.LITTLE_ENDIAN);
        int triangles = b.getInt(80);
        assertEquals(84L + 50L * triangles, stl.length);
        assertEquals(result.design().mesh().triangleCount(), triangles);
        assertTrue(new String(stl, 0, 80, StandardCharsets.US_ASCII).contains("mine"), "the header names the template");

        List<String> csv = Files.readAllLines(files.needlesCsv());
        assertEquals(TemplateOutputs.CSV_HEADER, csv.get(0));
        assertEquals(5, csv.size(), "header and one row per needle");
        Map<?, ?> json = new Gson().fromJson(Files.readString(files.needlesJson()), Map.class);
        assertEquals("p", json.get("planId"));
        assertEquals(4, ((List<?>) json.get("holes")).size());
        byte[] png = Files.readAllBytes(files.drawingPng());
        assertArrayEquals(new byte[] { (byte) 0x89, 'P', 'N', 'G' }, java.util.Arrays.copyOf(png, 4));

        NeedleTemplate t = CaseTemplates.apply(c, result, files);
        assertEquals(files.stlFile().toAbsolutePath().toString(), t.getStlFile());
        assertNull(c.eResource(), "still an in-memory case");
    }

    @Test
    void anUnknownPlanAndACancelledDesignChangeNothing() throws IOException {
        PatientCase c = phantomWithPlan();
        TemplateException e = assertThrows(TemplateException.class, () -> CaseTemplates.design(c, new CaseTemplates.Request("nope"), null));
        assertEquals("no plan nope (plans: p)", e.getMessage());
        NullProgressMonitor cancelled = new NullProgressMonitor();
        cancelled.setCanceled(true);
        assertThrows(OperationCanceledException.class, () -> CaseTemplates.design(c, new CaseTemplates.Request("p"), cancelled));
        assertTrue(c.getTemplates().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> new CaseTemplates.Request(" "));
    }

    static double[] array(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).toArray();
    }

    static double[] sub(double[] a, double[] b) {
        return new double[] { a[0] - b[0], a[1] - b[1], a[2] - b[2] };
    }

    static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }

    static double[] unit(double[] a) {
        double n = Math.sqrt(dot(a, a));
        return new double[] { a[0] / n, a[1] / n, a[2] / n };
    }

    static double distanceToLine(double[] p, double[] a, double[] d) {
        double[] q = sub(p, a);
        double t = dot(q, d);
        return Math.sqrt(Math.max(0, dot(q, q) - t * t));
    }
}
