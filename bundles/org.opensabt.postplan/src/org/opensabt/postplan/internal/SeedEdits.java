package org.opensabt.postplan.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.opensabt.cli.api.CommandException;
import org.opensabt.postplan.PostImplantDosimetry.ActualSeed;

/** The user's corrections to the found seeds: delete by id, move by id, add (post-op CT frame, LPS mm). */
final class SeedEdits {

    private SeedEdits() {
    }

    /** Applies the edits in place; returns one line per edit. */
    static List<String> apply(List<ActualSeed> seeds, List<String> add, List<String> move, List<String> delete) throws CommandException {
        List<String> done = new ArrayList<>();
        for (String id : delete) {
            if (!seeds.removeIf(s -> s.seedId().equals(id.trim()))) {
                throw new CommandException("--delete-seed " + id + ": no such seed (seeds: " + ids(seeds) + "); nothing stored");
            }
            done.add("deleted " + id.trim());
        }
        for (String m : move) {
            int eq = m.indexOf('=');
            if (eq < 0) {
                throw new CommandException("--move-seed takes ID=X,Y,Z (mm), not " + m);
            }
            String id = m.substring(0, eq).trim();
            double[] p = numbers("--move-seed " + m, m.substring(eq + 1), 3, 3);
            int index = -1;
            for (int i = 0; i < seeds.size(); i++) {
                if (seeds.get(i).seedId().equals(id)) {
                    index = i;
                }
            }
            if (index < 0) {
                throw new CommandException("--move-seed " + m + ": no seed " + id + " (seeds: " + ids(seeds) + "); nothing stored");
            }
            ActualSeed old = seeds.get(index);
            seeds.set(index, new ActualSeed(id, p, old.directionUnit(), "moved"));
            done.add(String.format(Locale.ROOT, "moved %s from (%.1f, %.1f, %.1f) to (%.1f, %.1f, %.1f) mm", id, old.positionMm()[0], old.positionMm()[1],
                    old.positionMm()[2], p[0], p[1], p[2]));
        }
        int n = 0;
        for (String a : add) {
            double[] v = numbers("--add-seed " + a, a, 3, 6);
            double[] axis = v.length == 6 ? new double[] { v[3], v[4], v[5] } : new double[] { 0, 0, 1 };
            double norm = Math.sqrt(axis[0] * axis[0] + axis[1] * axis[1] + axis[2] * axis[2]);
            if (!(norm > 0)) {
                throw new CommandException("--add-seed " + a + ": the axis is zero");
            }
            String id;
            do {
                id = String.format(Locale.ROOT, "A%03d", ++n);
            } while (contains(seeds, id));
            seeds.add(new ActualSeed(id, new double[] { v[0], v[1], v[2] }, new double[] { axis[0] / norm, axis[1] / norm, axis[2] / norm }, "added"));
            done.add(String.format(Locale.ROOT, "added %s at (%.1f, %.1f, %.1f) mm", id, v[0], v[1], v[2]));
        }
        return done;
    }

    private static boolean contains(List<ActualSeed> seeds, String id) {
        return seeds.stream().anyMatch(s -> s.seedId().equals(id));
    }

    private static String ids(List<ActualSeed> seeds) {
        List<String> ids = seeds.stream().map(ActualSeed::seedId).toList();
        return ids.size() <= 12 ? String.join(", ", ids) : String.join(", ", ids.subList(0, 12)) + ", … (" + ids.size() + ")";
    }

    private static double[] numbers(String what, String text, int min, int max) throws CommandException {
        String[] parts = text.split(",");
        if (parts.length != min && parts.length != max) {
            throw new CommandException(what + ": expected " + (min == max ? min : min + " or " + max) + " numbers (mm)");
        }
        double[] v = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                v[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new CommandException(what + ": '" + parts[i] + "' is not a number");
            }
        }
        return v;
    }
}
