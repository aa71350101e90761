package org.opensabt.dicom.pixelmed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opensabt.dicom.CaseExport;
import org.opensabt.model.PatientCase;
import org.opensabt.model.Plan;
import org.opensabt.model.PlanStatus;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;

/**
 * The RT Plan states the plan's approval (PS3.3 C.8.8.16): Approval Status (300E,0002) APPROVED with Review
 * Date/Time (300E,0004/0005) and Reviewer Name (300E,0008) for an approved plan, UNAPPROVED and none of them
 * for a draft; exported through {@link CaseExport} and read back with PixelMed and, where installed, dcmtk's dcmdump.
 */
class RtPlanApprovalTest {

    private static final String REVIEWER = "Roe^Jane^^Dr";

    private static boolean dcmdump() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "dcmdump"))) {
                return true;
            }
        }
        return false;
    }

    /** (300E,xxxx) values as PixelMed reads them; null where absent. */
    private static Map<String, String> approvalByPixelMed(Path file) throws Exception {
        AttributeList list = new AttributeList();
        list.read(file.toString());
        Map<String, String> m = new LinkedHashMap<>();
        for (int element : new int[] { 0x0002, 0x0004, 0x0005, 0x0008 }) {
            Attribute a = list.get(new AttributeTag(0x300E, element));
            m.put(String.format("300e,%04x", element), a == null ? null : a.getSingleStringValueOrEmptyString());
        }
        return m;
    }

    @Test
    void theRtPlanStatesWhetherAndByWhomThePlanWasApproved(@TempDir Path tmp) throws Exception {
        PatientCase c = RtExportDeidentificationTest.sampleCase(tmp.resolve("case"));
        Plan plan = c.getPlans().get(0);
        plan.setStatus(PlanStatus.DRAFT);
        CaseExport.Result draft = CaseExport.run(new CaseExport.Request(c, CaseExport.Kind.ALL, tmp.resolve("draft"), plan, null), null);
        assertEquals(3, draft.written().size(), "RS, RP and RD");
        Path draftRp = tmp.resolve("draft/RP.dcm");

        plan.setStatus(PlanStatus.APPROVED);
        plan.setApprovedBy(REVIEWER);
        plan.setApprovedDateTime("2026-12-06T09:05:07");
        CaseExport.run(new CaseExport.Request(c, CaseExport.Kind.ALL, tmp.resolve("approved"), plan, null), null);
        Path approvedRp = tmp.resolve("approved/RP.dcm");

        Map<String, String> d = approvalByPixelMed(draftRp);
        assertEquals("UNAPPROVED", d.get("300e,0002"));
        assertNull(d.get("300e,0004"));
        assertNull(d.get("300e,0005"));
        assertNull(d.get("300e,0008"));
        Map<String, String> a = approvalByPixelMed(approvedRp);
        assertEquals(Map.of("300e,0002", "APPROVED", "300e,0004", "20261206", "300e,0005", "090507", "300e,0008", REVIEWER), a);

        AttributeList rp = new AttributeList();
        rp.read(approvedRp.toString());
        AttributeList rpDraft = new AttributeList();
        rpDraft.read(draftRp.toString());
        assertNotEquals(rpDraft.get(new AttributeTag(0x0008, 0x0018)).getSingleStringValueOrEmptyString(),
                rp.get(new AttributeTag(0x0008, 0x0018)).getSingleStringValueOrEmptyString(), "the approved plan is another RT Plan instance");

        if (dcmdump()) {
            assertEquals("UNAPPROVED", DcmDump.value(draftRp, "300e,0002"));
            assertFalse(RtExportDeidentificationTest.dump(draftRp).contains("(300e,0008)"), "no Reviewer Name in a draft");
            assertEquals("APPROVED", DcmDump.value(approvedRp, "300e,0002"));
            assertEquals("20261206", DcmDump.value(approvedRp, "300e,0004"));
            assertEquals("090507", DcmDump.value(approvedRp, "300e,0005"));
            assertEquals(REVIEWER, DcmDump.value(approvedRp, "300e,0008"));
            System.out.println("RtPlanApprovalTest: dcmdump read the approval back");
            if (Files.isExecutable(Path.of("/usr/bin/dciodvfy"))) {
                RtExportDeidentificationTest.assertValid(Map.of("RP", approvedRp));
            }
        } else {
            System.out.println("RtPlanApprovalTest: dcmdump not installed, read with PixelMed only");
        }

        // de-identified: the approval is kept, the reviewer's name emptied (PS3.15 E.1-1), the review date shifted with the others
        Path anon = tmp.resolve("anon/RP.dcm");
        CaseExport.run(new CaseExport.Request(c, CaseExport.Kind.RTPLAN, anon, plan, RtExportDeidentificationTest.deid((byte) 3, false, false)), null);
        Map<String, String> x = approvalByPixelMed(anon);
        assertEquals("APPROVED", x.get("300e,0002"));
        assertEquals("", x.get("300e,0008"));
        assertNotEquals("20261206", x.get("300e,0004"));
        assertTrue(x.get("300e,0004").matches("\\d{8}"), x.toString());
        assertFalse(new String(Files.readAllBytes(anon), StandardCharsets.ISO_8859_1).contains("Roe"), "no reviewer name in the bytes");
        List.of(plan); // the case itself is not changed by exporting
        assertEquals(PlanStatus.APPROVED, plan.getStatus());
    }
}
