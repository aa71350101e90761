package org.opensabt.outcomes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A model's design matrix from cohort columns, coded as R codes a formula: a numeric column is one
 * continuous term; a text column is a factor with one indicator per level other than the reference
 * (treatment contrasts), named variable + level ("gradeG2"). Levels follow the order given for the
 * variable, else sorted order; the reference is the one given, else the first level.
 */
public final class Design {

    /** One column of the design: a continuous variable (level null) or a factor level against its reference. */
    public record Term(String name, String variable, String level, String reference) {
    }

    private final List<Term> terms = new ArrayList<>();
    private final double[][] x;

    public Design(CohortTable table, List<String> variables, Map<String, String> references, Map<String, List<String>> levelOrders, boolean intercept)
            throws OutcomeInputException {
        int n = table.size();
        List<double[]> columns = new ArrayList<>();
        if (intercept) {
            terms.add(new Term("(Intercept)", "(Intercept)", null, null));
            double[] ones = new double[n];
            java.util.Arrays.fill(ones, 1);
            columns.add(ones);
        }
        for (String variable : variables) {
            if (table.isNumeric(variable)) {
                double[] values = table.numbers(variable);
                terms.add(new Term(variable, variable, null, null));
                columns.add(values);
                continue;
            }
            String[] codes = table.levels(variable, null);
            List<String> levels = levels(codes, levelOrders.get(variable));
            String reference = references.getOrDefault(variable, levels.get(0));
            if (!levels.contains(reference)) {
                throw new OutcomeInputException("reference level '" + reference + "' of " + variable + " does not occur (levels: " + String.join(", ", levels) + ")");
            }
            if (levels.size() < 2) {
                throw new OutcomeInputException(variable + " has a single level (" + levels.get(0) + "): it cannot be a covariate");
            }
            for (String level : levels) {
                if (level.equals(reference)) {
                    continue;
                }
                double[] indicator = new double[n];
                for (int i = 0; i < n; i++) {
                    indicator[i] = level.equals(codes[i]) ? 1 : 0;
                }
                terms.add(new Term(variable + level, variable, level, reference));
                columns.add(indicator);
            }
        }
        x = new double[n][columns.size()];
        for (int j = 0; j < columns.size(); j++) {
            for (int i = 0; i < n; i++) {
                x[i][j] = columns.get(j)[i];
            }
        }
    }

    static List<String> levels(String[] codes, List<String> order) {
        TreeSet<String> present = new TreeSet<>();
        for (String c : codes) {
            if (c != null) {
                present.add(c);
            }
        }
        List<String> out = new ArrayList<>();
        if (order != null) {
            for (String level : order) {
                if (present.remove(level)) {
                    out.add(level);
                }
            }
        }
        out.addAll(present);
        return out;
    }

    public List<Term> terms() {
        return terms;
    }

    public double[][] matrix() {
        return x;
    }

    /** Term → JSON-ready map with the common keys. */
    static Map<String, Object> termJson(Term t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("term", t.name());
        m.put("variable", t.variable());
        m.put("level", t.level());
        m.put("reference", t.reference());
        return m;
    }
}
