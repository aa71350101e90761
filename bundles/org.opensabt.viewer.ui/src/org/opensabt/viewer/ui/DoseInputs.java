package org.opensabt.viewer.ui;

import java.util.Map;
import java.util.WeakHashMap;

import org.opensabt.contour.CaseContents;
import org.opensabt.model.Contour;
import org.opensabt.model.PatientCase;
import org.opensabt.model.Plan;
import org.opensabt.model.Seed;
import org.opensabt.model.Structure;

/**
 * What a plan's dose, metrics and DVH were computed from, kept beside the model (never in it): a fingerprint
 * of the case's contours and of the plan's seeds when its dose was computed. A plan whose fingerprint
 * differs from the case's now is out of date. Plans computed here are recorded with the contours as they were
 * when the computation started; any other plan (read from disk, made by another view) is taken as computed
 * from what the case holds when it is first seen. Undo and redo need no bookkeeping: the fingerprints are
 * compared by value, so undoing an edit makes the plan current again. UI thread only.
 */
final class DoseInputs {

    /** Fingerprints of the contours (every structure's points) and of a plan's seeds, prescription and target. */
    record Fingerprint(long contours, long seeds) {
        /** What changed between this and {@code now}: "structures", "seeds", "structures and seeds", or null. */
        String changed(Fingerprint now) {
            boolean c = contours != now.contours;
            boolean s = seeds != now.seeds;
            return c && s ? "structures and seeds" : c ? "structures" : s ? "seeds" : null;
        }
    }

    private static final Map<Plan, Fingerprint> COMPUTED_FROM = new WeakHashMap<>();
    /** The edit after which a plan went out of date ("\"Widen GTV\""), while it is. */
    private static final Map<Plan, String> STALE_SINCE = new WeakHashMap<>();

    private DoseInputs() {
    }

    /** Fingerprint of every structure's contours (points, holes) and type (names and colours do not change the dose). */
    static long contours(PatientCase c) {
        long h = 17;
        if (c == null) {
            return h;
        }
        for (Structure s : CaseContents.structures(c)) {
            h = mix(h, System.identityHashCode(s));
            h = mix(h, s.getType() == null ? 0 : s.getType().getValue()); // target and OAR metrics follow the type
            for (Contour contour : s.getContours()) {
                h = mix(h, contour.isHole() ? 1 : 2);
                for (Double v : contour.getPointsMm()) {
                    h = mix(h, Double.doubleToLongBits(v));
                }
            }
        }
        return h;
    }

    /** Fingerprint of a plan's seeds (ids, positions, strengths), prescription and target. */
    static long seeds(Plan plan) {
        long h = mix(31, Double.doubleToLongBits(plan.getPrescriptionDoseGy()));
        h = mix(h, plan.getTarget() == null ? 0 : System.identityHashCode(plan.getTarget()));
        for (Seed s : plan.getSeeds()) {
            h = mix(h, s.getSeedId() == null ? 0 : s.getSeedId().hashCode());
            h = mix(h, Double.doubleToLongBits(s.getAirKermaStrengthU()));
            for (Double v : s.getPositionMm()) {
                h = mix(h, Double.doubleToLongBits(v));
            }
        }
        return h;
    }

    static Fingerprint now(PatientCase c, Plan plan) {
        return new Fingerprint(contours(c), seeds(plan));
    }

    /** Records a plan just computed: its own seeds, and the contours as they were when the computation started. */
    static void computed(Plan plan, long contoursAtStart) {
        COMPUTED_FROM.put(plan, new Fingerprint(contoursAtStart, seeds(plan)));
    }

    /** What the plan was computed from (taken as the case now when first seen). */
    static Fingerprint computedFrom(PatientCase c, Plan plan) {
        return COMPUTED_FROM.computeIfAbsent(plan, p -> now(c, p));
    }

    /** Whether the plan has a dose or metrics to be out of date. */
    static boolean hasDose(Plan plan) {
        return plan != null && (plan.getDoseGrid() != null || !plan.getMetrics().isEmpty());
    }

    /** What changed since the plan's dose was computed (see {@link Fingerprint#changed}), or null when it is current. */
    static String changedSince(PatientCase c, Plan plan) {
        if (c == null || !hasDose(plan)) {
            return null;
        }
        return computedFrom(c, plan).changed(now(c, plan));
    }

    /** A case just opened: its plans are taken as computed from what it holds now (before any edit). */
    static void seen(PatientCase c) {
        if (c != null) {
            long contoursNow = contours(c);
            c.getPlans().forEach(p -> COMPUTED_FROM.computeIfAbsent(p, q -> new Fingerprint(contoursNow, seeds(q))));
        }
    }

    /** After an edit, undo or redo named {@code edit}: notes it for each plan of the case it put out of date; forgets it for plans current again. */
    static void follow(PatientCase c, String edit) {
        if (c == null) {
            return;
        }
        long contoursNow = contours(c);
        for (Plan p : c.getPlans()) {
            String changed = hasDose(p) ? computedFrom(c, p).changed(new Fingerprint(contoursNow, seeds(p))) : null;
            if (changed == null) {
                STALE_SINCE.remove(p);
            } else {
                STALE_SINCE.putIfAbsent(p, edit);
            }
        }
    }

    /** "\"Widen GTV\" (structures changed)" when the plan's metrics are out of date, else null. */
    static String outOfDate(PatientCase c, Plan plan) {
        String changed = changedSince(c, plan);
        return changed == null ? null : STALE_SINCE.getOrDefault(plan, "an edit") + " (" + changed + " changed)";
    }

    private static long mix(long h, long v) {
        h ^= v + 0x9E3779B97F4A7C15L + (h << 6) + (h >>> 2);
        return h * 0xBF58476D1CE4E5B9L;
    }
}
