package org.opensabt.template;

import org.opensabt.model.ModelFactory;
import org.opensabt.model.Needle;
import org.opensabt.model.PatientCase;
import org.opensabt.model.Plan;
import org.opensabt.model.Seed;
import org.opensabt.phantoms.Phantom;

/**
 * Needle plans for the template benchmark and tests on the synthetic phantom (anterior skin at
 * y = −{@link Phantom#BODY_HALF_Y}): needles on a square 5 mm grid from the front, every
 * {@code obliqueEvery}-th one tilted by {@code obliqueDeg} about a non-coplanar axis, each with seeds
 * every 10 mm over its last 30 mm.
 */
public final class SyntheticPlans {

    private SyntheticPlans() {
    }

    public static Plan anteriorGrid(PatientCase phantom, String planId, int needles, int obliqueEvery, double obliqueDeg) {
        Plan plan = ModelFactory.eINSTANCE.createPlan();
        plan.setPlanId(planId);
        int side = (int) Math.ceil(Math.sqrt(needles));
        double skinY = -Phantom.BODY_HALF_Y;
        for (int n = 0; n < needles; n++) {
            double x = (n % side - (side - 1) / 2.0) * 5;
            double z = (n / side - (side - 1) / 2.0) * 5;
            double[] d = { 0, 1, 0 };
            if (obliqueEvery > 0 && n % obliqueEvery == obliqueEvery - 1) {
                double a = Math.toRadians(obliqueDeg);
                double phi = n * 2.399963; // golden angle: tilts in all directions, so the needles are not coplanar
                d = new double[] { Math.sin(a) * Math.cos(phi), Math.cos(a), Math.sin(a) * Math.sin(phi) };
            }
            double[] entry = { x, skinY, z };
            double[] tip = { x + 55 * d[0], skinY + 55 * d[1], z + 55 * d[2] };
            Needle needle = ModelFactory.eINSTANCE.createNeedle();
            needle.setNeedleId("N" + (n + 1));
            for (int k = 0; k < 3; k++) {
                needle.getEntryPointMm().add(entry[k]);
                needle.getTipPointMm().add(tip[k]);
                needle.getDirectionUnit().add(d[k]);
            }
            plan.getNeedles().add(needle);
            for (int s = 0; s < 3; s++) {
                Seed seed = ModelFactory.eINSTANCE.createSeed();
                seed.setSeedId(needle.getNeedleId() + "-S" + (s + 1));
                for (int k = 0; k < 3; k++) {
                    seed.getPositionMm().add(tip[k] - s * 10 * d[k]);
                    seed.getDirectionUnit().add(d[k]);
                }
                seed.setNeedle(needle);
                plan.getSeeds().add(seed);
            }
        }
        phantom.getPlans().add(plan);
        return plan;
    }
}
