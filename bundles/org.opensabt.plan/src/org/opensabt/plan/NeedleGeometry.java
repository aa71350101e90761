package org.opensabt.plan;

import java.util.List;

import org.opensabt.model.geometry.Vec3;

/** How the planner lays out candidate needles. Directions are unit vectors in patient LPS. */
public sealed interface NeedleGeometry {

    /**
     * Parallel needles through a square template grid (the classic template), all along one insertion
     * direction.
     *
     * @param directionUnit insertion direction (from the skin inwards)
     * @param gridMm        spacing of the template holes (mm), 5 for the classic template
     */
    record TemplateGrid(double[] directionUnit, double gridMm) implements NeedleGeometry {
        public TemplateGrid {
            directionUnit = unit(directionUnit);
            if (!(gridMm >= 2 && gridMm <= 20)) {
                throw new IllegalArgumentException("template grid spacing must be 2–20 mm, is " + gridMm + " mm");
            }
        }
    }

    /**
     * Free, non-coplanar needles as in CT-guided SABT: directions spread evenly over the sphere
     * ({@code directionStepDeg} apart), kept within {@code coneDeg} of {@code entryDirectionUnit} (the
     * skin entry region; null = the whole body surface); for each direction, parallel lines
     * {@code pitchMm} apart through the target. Two needles of a plan are parallel or at least
     * {@code minAngleDeg} apart, and never closer than {@code minSeparationMm}.
     */
    record Free(double[] entryDirectionUnit, double coneDeg, double directionStepDeg, double pitchMm, double minAngleDeg, double minSeparationMm)
            implements NeedleGeometry {
        public Free {
            entryDirectionUnit = entryDirectionUnit == null ? null : unit(entryDirectionUnit);
            if (!(coneDeg > 0 && coneDeg <= 180) || !(directionStepDeg >= 5 && directionStepDeg <= 45) || !(pitchMm >= 3 && pitchMm <= 20)
                    || !(minAngleDeg >= 0 && minAngleDeg < 90) || !(minSeparationMm >= 0 && minSeparationMm <= 20)) {
                throw new IllegalArgumentException("free needles: cone 0–180°, direction step 5–45°, pitch 3–20 mm, minimum angle 0–90°, minimum "
                        + "separation 0–20 mm");
            }
        }

        /** The {@link PlanDefaults}: 15° direction step, 10 mm pitch, 10° minimum angle, 3 mm minimum separation. */
        public static Free around(double[] entryDirectionUnit, double coneDeg) {
            return new Free(entryDirectionUnit, coneDeg, PlanDefaults.DIRECTION_STEP_DEG, PlanDefaults.FREE_PITCH_MM, PlanDefaults.MIN_ANGLE_DEG,
                    PlanDefaults.MIN_SEPARATION_MM);
        }
    }

    /**
     * Needles already inserted (read back from the intra-operative CT or entered): seeds are re-planned
     * along them only (the study's "fine-tuning"), starting from the planned seeds when given (each
     * moved to the nearest position on the inserted needles).
     */
    record Inserted(List<InsertedNeedle> needles, List<double[]> plannedSeedsMm) implements NeedleGeometry {
        public Inserted {
            if (needles.isEmpty()) {
                throw new IllegalArgumentException("no inserted needles to re-plan on");
            }
            needles = List.copyOf(needles);
            plannedSeedsMm = List.copyOf(plannedSeedsMm);
        }

        /** Needles as inserted, without a plan to start from. */
        public Inserted(List<InsertedNeedle> needles) {
            this(needles, List.of());
        }
    }

    /** An inserted needle: skin entry and tip (mm, LPS). Seeds can go from the tip back towards the entry. */
    record InsertedNeedle(String id, double[] entryMm, double[] tipMm) {
        public InsertedNeedle {
            double length = Math.sqrt(sq(tipMm[0] - entryMm[0]) + sq(tipMm[1] - entryMm[1]) + sq(tipMm[2] - entryMm[2]));
            if (!(length >= 1)) {
                throw new IllegalArgumentException("needle " + id + ": entry and tip are " + length + " mm apart");
            }
        }

        public double[] directionUnit() {
            return unit(new double[] { tipMm[0] - entryMm[0], tipMm[1] - entryMm[1], tipMm[2] - entryMm[2] });
        }
    }

    /**
     * A needle layout from its text, as {@code plan --needles} and batch steps take it: {@code grid:<dir>} (template
     * needles {@code gridMm} apart), {@code free} (from anywhere on the skin) or {@code free:<dir>[:<cone deg>]}
     * (cone default {@link PlanDefaults#FREE_CONE_DEG}°), free needles with the {@link PlanDefaults} spacing unless
     * {@code free} gives others. A direction is ap|pa|rl|lr|si|is or x,y,z (patient LPS, skin inwards).
     *
     * @param free the free-needle spacing to use (its cone and direction are replaced); null: {@link Free#around}'s
     * @throws IllegalArgumentException one line naming the spec
     * @since 1.4
     */
    static NeedleGeometry parse(String spec, double gridMm, Free free) {
        String[] parts = spec.toLowerCase(java.util.Locale.ROOT).split(":");
        if (parts[0].equals("grid") && parts.length == 2) {
            return new TemplateGrid(direction(parts[1], spec), gridMm);
        }
        if (parts[0].equals("free") && parts.length <= 3) {
            double[] around = parts.length >= 2 ? direction(parts[1], spec) : null;
            double cone = parts.length == 3 ? number(parts[2], spec) : around == null ? 180 : PlanDefaults.FREE_CONE_DEG;
            Free spacing = free != null ? free : Free.around(null, 180);
            return new Free(around, cone, spacing.directionStepDeg(), spacing.pitchMm(), spacing.minAngleDeg(), spacing.minSeparationMm());
        }
        throw new IllegalArgumentException("needles are grid:<dir>, free or free:<dir>[:<cone deg>], not " + spec);
    }

    /** A direction by name (ap: from the anterior skin towards posterior, +y in LPS) or as x,y,z. @since 1.4 */
    static double[] direction(String d, String spec) {
        return switch (d) {
        case "ap" -> new double[] { 0, 1, 0 };
        case "pa" -> new double[] { 0, -1, 0 };
        case "rl" -> new double[] { 1, 0, 0 };   // from the patient's right towards left (+x)
        case "lr" -> new double[] { -1, 0, 0 };
        case "si" -> new double[] { 0, 0, -1 };  // from superior towards inferior (-z)
        case "is" -> new double[] { 0, 0, 1 };
        default -> {
            String[] p = d.split(",");
            if (p.length != 3) {
                throw new IllegalArgumentException("a needle direction is ap|pa|rl|lr|is|si or x,y,z, not '" + d + "' in " + spec);
            }
            yield new double[] { number(p[0], spec), number(p[1], spec), number(p[2], spec) };
        }
        };
    }

    private static double number(String s, String spec) {
        try {
            return Double.parseDouble(s.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + s + "' in needles " + spec + " is not a number");
        }
    }

    private static double sq(double v) {
        return v * v;
    }

    static double[] unit(double[] d) {
        double n = Vec3.norm(d);
        if (!(n > 0) || !Double.isFinite(n)) {
            throw new IllegalArgumentException("a needle direction must be a non-zero vector");
        }
        return new double[] { d[0] / n, d[1] / n, d[2] / n };
    }
}
