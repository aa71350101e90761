package org.opensabt.postplan.cli;

import java.util.ArrayList;
import java.util.List;

import org.opensabt.cli.api.CommandException;
import org.opensabt.postplan.PostImplant;

/** The seed edits given on the command line (post-op CT frame, LPS mm) as typed edits: deletes, then moves, then adds. */
final class SeedEdits {

    private SeedEdits() {
    }

    static List<PostImplant.SeedEdit> parse(List<String> add, List<String> move, List<String> delete) throws CommandException {
        List<PostImplant.SeedEdit> edits = new ArrayList<>();
        for (String id : delete) {
            edits.add(new PostImplant.DeleteSeed(id.trim(), "--delete-seed " + id));
        }
        for (String m : move) {
            int eq = m.indexOf('=');
            if (eq < 0) {
                throw new CommandException("--move-seed takes ID=X,Y,Z (mm), not " + m);
            }
            edits.add(new PostImplant.MoveSeed(m.substring(0, eq).trim(), numbers("--move-seed " + m, m.substring(eq + 1), 3, 3), "--move-seed " + m));
        }
        for (String a : add) {
            double[] v = numbers("--add-seed " + a, a, 3, 6);
            double[] axis = v.length == 6 ? new double[] { v[3], v[4], v[5] } : new double[] { 0, 0, 1 };
            edits.add(new PostImplant.AddSeed(new double[] { v[0], v[1], v[2] }, axis, "--add-seed " + a));
        }
        return edits;
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
