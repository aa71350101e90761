package org.opensabt.outcomes.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.opensabt.cli.api.CommandException;
import org.opensabt.outcomes.CohortTable;
import org.opensabt.outcomes.LocalControlModel;
import org.opensabt.outcomes.LocalControlModels;
import org.opensabt.outcomes.OutcomeInputException;

/** Fitting the local-control models of a cohort (outcomes --lc-model-out). */
public final class LocalControlModelCommands {

    private LocalControlModelCommands() {
    }

    /** Fits the dichotomised model and, when the cohort supports it, the spline model; writes {@code <id>-<kind>.json}; returns the files. */
    static List<String> fitAll(Path cohort, Path dir, String idStem, List<String> notes) throws CommandException {
        String stem = idStem != null ? idStem
                : cohort.getFileName().toString().replaceFirst("\\\\.[^.]*$", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        List<String> written = new ArrayList<>();
        try {
            CohortTable table = CohortTable.read(cohort);
            for (LocalControlModel.Kind kind : LocalControlModel.Kind.values()) {
                String id = stem + "-" + (kind == LocalControlModel.Kind.DICHOTOMISED ? "dichotomised" : "continuous");
                if (!LocalControlModels.isId(id)) {
                    throw new CommandException("--lc-model-id: '" + id + "' is not an id (lower-case letters, digits and '-')");
                }
                LocalControlModel model;
                try {
                    model = LocalControlModel.fit(table, cohort, kind, id, null);
                } catch (OutcomeInputException e) {
                    if (kind == LocalControlModel.Kind.CONTINUOUS_D90 && e.getMessage().contains("too few")) {
                        continue; // the cohort does not support the spline: the dichotomised model only
                    }
                    throw e;
                }
                for (String note : notes) {
                    model.withNote(note);
                }
                Path file = dir.resolve(id + ".json");
                model.write(file);
                written.add(file.toString());
            }
        } catch (OutcomeInputException e) {
            throw new CommandException(e.getMessage(), e);
        } catch (IOException e) {
            throw new CommandException(dir + ": cannot write the local-control model: " + e.getMessage(), e);
        }
        return written;
    }
}
