package org.opensabt.model.store;

import org.opensabt.model.Contour;
import org.opensabt.model.DoseGrid;
import org.opensabt.model.DoseMetric;
import org.opensabt.model.FollowUp;
import org.opensabt.model.GuideHole;
import org.opensabt.model.ImageSeries;
import org.opensabt.model.Implant;
import org.opensabt.model.ModelFactory;
import org.opensabt.model.Needle;
import org.opensabt.model.NeedleTemplate;
import org.opensabt.model.Patient;
import org.opensabt.model.PatientCase;
import org.opensabt.model.Plan;
import org.opensabt.model.PlanStatus;
import org.opensabt.model.RecistResponse;
import org.opensabt.model.RoiType;
import org.opensabt.model.Seed;
import org.opensabt.model.Sex;
import org.opensabt.model.SourceModel;
import org.opensabt.model.Structure;
import org.opensabt.model.StructureSet;
import org.opensabt.model.Study;
import org.opensabt.model.schema.CaseDates;

/** A case that touches every class of the model, with arrays, for round-trip tests. */
final class SampleCases {

    private static final ModelFactory F = ModelFactory.eINSTANCE;

    private SampleCases() {
    }

    static PatientCase fullCase(long seed) throws Exception {
        java.util.Random random = new java.util.Random(seed);
        PatientCase c = F.createPatientCase();
        c.setCaseId("case-" + seed);
        Patient p = F.createPatient();
        p.setPatientId("P" + seed);
        p.setName("Doe^Jane");
        p.setSex(Sex.FEMALE);
        p.setBirthDate(CaseDates.parse("1961-03-14"));
        p.setCentre("Centre A");
        c.setPatient(p);

        Study study = F.createStudy();
        study.setStudyInstanceUid("1.2.3.4");
        study.setStudyDate(CaseDates.parse("2024-02-01"));
        c.getStudies().add(study);
        ImageSeries ct = F.createImageSeries();
        ct.setSeriesInstanceUid("1.2.3.4.5");
        ct.setModality("CT");
        ct.setFrameOfReferenceUid("1.2.3.9");
        ct.getOriginMm().addAll(java.util.List.of(-120.5, -80.25, 33.0));
        ct.getSpacingMm().addAll(java.util.List.of(0.9765625, 0.9765625, 2.5));
        ct.getRowDirection().addAll(java.util.List.of(1.0, 0.0, 0.0));
        ct.getColumnDirection().addAll(java.util.List.of(0.0, 1.0, 0.0));
        ct.getSliceDirection().addAll(java.util.List.of(0.0, 0.0, 1.0));
        ct.setColumns(7);
        ct.setRows(5);
        ct.setSlices(3);
        short[] voxels = new short[7 * 5 * 3];
        for (int i = 0; i < voxels.length; i++) {
            voxels[i] = (short) (random.nextInt(4096) - 1024);
        }
        ct.setVoxels(voxels);
        for (int i = 0; i < 3; i++) {
            ct.getSopInstanceUids().add("1.2.3.4.5." + i);
        }
        study.getSeries().add(ct);

        StructureSet ss = F.createStructureSet();
        ss.setLabel("RS");
        ss.setFrameOfReferenceUid("1.2.3.9");
        Structure gtv = F.createStructure();
        gtv.setName("GTV");
        gtv.setRoiNumber(1);
        gtv.setType(RoiType.GTV);
        gtv.getColorRgb().addAll(java.util.List.of(255, 0, 0));
        Contour outer = F.createContour();
        outer.getPointsMm().addAll(java.util.List.of(0.0, 0.0, 33.0, 10.0, 0.0, 33.0, 10.0, 10.0, 33.0));
        Contour hole = F.createContour();
        hole.setHole(true);
        hole.getPointsMm().addAll(java.util.List.of(4.0, 4.0, 33.0, 6.0, 4.0, 33.0, 6.0, 6.0, 33.0));
        gtv.getContours().add(outer);
        gtv.getContours().add(hole);
        ss.getStructures().add(gtv);
        study.getStructureSets().add(ss);

        SourceModel source = F.createSourceModel();
        source.setModelId("I125-6711");
        source.setRadionuclide("I-125");
        source.setHalfLifeDays(59.4);
        source.setDoseRateConstantCGyPerHourPerU(0.965);
        c.getSourceModels().add(source);

        Plan plan = F.createPlan();
        plan.setPlanId("plan-1");
        plan.setStatus(PlanStatus.APPROVED);
        plan.setPrescriptionDoseGy(120.0);
        plan.setAirKermaStrengthU(0.635);
        plan.setSourceModel(source);
        plan.setImageSeries(ct);
        plan.setTarget(gtv);
        Needle needle = F.createNeedle();
        needle.setNeedleId("N1");
        needle.getEntryPointMm().addAll(java.util.List.of(0.0, -50.0, 33.0));
        needle.getTipPointMm().addAll(java.util.List.of(0.0, 10.0, 33.0));
        needle.getDirectionUnit().addAll(java.util.List.of(0.0, 1.0, 0.0));
        needle.setGuideHoleId("H1");
        plan.getNeedles().add(needle);
        Seed s = F.createSeed();
        s.setSeedId("S1");
        s.getPositionMm().addAll(java.util.List.of(0.0, 5.0, 33.0));
        s.getDirectionUnit().addAll(java.util.List.of(0.0, 1.0, 0.0));
        s.setAirKermaStrengthU(0.635);
        s.setNeedle(needle);
        plan.getSeeds().add(s);
        DoseGrid grid = F.createDoseGrid();
        grid.getOriginMm().addAll(java.util.List.of(-10.0, -10.0, 30.0));
        grid.getSpacingMm().addAll(java.util.List.of(2.0, 2.0, 2.0));
        grid.setColumns(4);
        grid.setRows(3);
        grid.setSlices(2);
        float[] dose = new float[24];
        for (int i = 0; i < dose.length; i++) {
            dose[i] = random.nextFloat() * 300f;
        }
        grid.setDoseValues(dose);
        plan.setDoseGrid(grid);
        DoseMetric d90 = F.createDoseMetric();
        d90.setName("D90");
        d90.setValue(131.2);
        d90.setUnit("Gy");
        d90.setStructure(gtv);
        plan.getMetrics().add(d90);
        c.getPlans().add(plan);

        NeedleTemplate template = F.createNeedleTemplate();
        template.setTemplateId("T1");
        template.setPlan(plan);
        template.setThicknessMm(5.0);
        GuideHole h = F.createGuideHole();
        h.setHoleId("H1");
        h.getCenterMm().addAll(java.util.List.of(0.0, -50.0, 33.0));
        h.getDirectionUnit().addAll(java.util.List.of(0.0, 1.0, 0.0));
        h.setDiameterMm(1.4);
        template.getGuideHoles().add(h);
        c.getTemplates().add(template);

        Implant implant = F.createImplant();
        implant.setPlan(plan);
        implant.setImplantDate(CaseDates.parse("2024-02-10"));
        c.getImplants().add(implant);

        FollowUp fu = F.createFollowUp();
        fu.setAssessmentDate(CaseDates.parse("2024-05-10"));
        fu.setMonthsSinceImplant(3.0);
        fu.setResponse(RecistResponse.PARTIAL_RESPONSE);
        fu.setPainNrsBefore(6);
        fu.setPainNrsAfter(2);
        fu.setKpsBefore(70);
        fu.setKpsAfter(80);
        c.getFollowUps().add(fu);
        return c;
    }
}
