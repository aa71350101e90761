package org.opensabt.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Test data made here, not by the product: random patients with visits, written straight as submission records, and
 * the cohort endpoints computed from them by the definition (first visit with progression, else the last visit).
 */
final class TestCohorts {

    private TestCohorts() {
    }

    static String pseudonym(Random r) {
        String digits = "0123456789ABCDEFGHIJKLMNOPQRSTUV";
        StringBuilder b = new StringBuilder("OPENSABT-");
        for (int i = 0; i < 10; i++) {
            b.append(digits.charAt(r.nextInt(32)));
        }
        return b.toString();
    }

    static Submission.Patient patient(Random r, String pseudonym, int visits) {
        List<Submission.FollowUp> fus = new ArrayList<>();
        double t = 0;
        boolean progressed = false;
        for (int v = 0; v < visits; v++) {
            t += 1 + r.nextInt(60) / 10.0;
            boolean lp = !progressed && r.nextDouble() < 0.15;
            progressed |= lp;
            boolean death = v == visits - 1 && r.nextDouble() < 0.3;
            List<Submission.AdverseEvent> aes = r.nextDouble() < 0.2 ? List.of(new Submission.AdverseEvent("procedure", "skin_ulceration", 1 + r.nextInt(3))) : List.of();
            fus.add(new Submission.FollowUp(t, new String[] { "CR", "PR", "SD", "PD", "NE" }[r.nextInt(5)], lp, death, v == 0 ? 70 + 10 * r.nextInt(4) : null,
                    v == 0 ? 80 : null, v == 0 ? r.nextInt(11) : null, v == 0 ? r.nextInt(5) : null, aes));
        }
        int age = 20 + r.nextInt(70);
        int lo = age / 5 * 5;
        return new Submission.Patient(pseudonym, lo + "-" + (lo + 4), r.nextBoolean() ? "M" : "F", "extremity", "liposarcoma", "G" + (1 + r.nextInt(3)),
                "local_recurrence", 2 + r.nextInt(80) / 10.0, 5 + r.nextInt(2000) / 10.0, 110.0 + 10 * r.nextInt(6), 100 + r.nextInt(800) / 10.0,
                80 + r.nextInt(200) / 10.0, 50 + r.nextInt(300) / 10.0, r.nextBoolean() ? 90 + r.nextInt(800) / 10.0 : null, null, null, 20 + r.nextInt(100),
                3 + r.nextInt(30), 0.6, 0.5, r.nextBoolean() ? "CT" : "CT_TEMPLATE", fus);
    }

    static Submission submission(long seed, String centre, int patients, int visits) {
        Random r = new Random(seed);
        List<Submission.Patient> ps = new ArrayList<>();
        java.util.Set<String> used = new java.util.HashSet<>();
        while (ps.size() < patients) {
            String p = pseudonym(r);
            if (used.add(p)) {
                ps.add(patient(r, p, visits));
            }
        }
        return new Submission(centre, "KEY-TEST01", ps);
    }

    /** local-control months, progression flag, OS months, death flag, by the definition. */
    static double[] endpoints(Submission.Patient p) {
        double last = 0, lct = -1, os = -1;
        for (Submission.FollowUp f : p.followUps()) {
            last = Math.max(last, f.monthsSinceImplant());
            if (f.localProgression() && lct < 0) {
                lct = f.monthsSinceImplant();
            }
            if (f.death() && os < 0) {
                os = f.monthsSinceImplant();
            }
        }
        return new double[] { lct < 0 ? last : lct, lct < 0 ? 0 : 1, os < 0 ? last : os, os < 0 ? 0 : 1 };
    }
}
