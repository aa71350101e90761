package org.opensabt.outcomes;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A user-defined binary covariate from a numeric column, written {@code name=column>value} (also
 * {@code >=}, {@code <}, {@code <=}), e.g. {@code gtv_gt80=gtv_cc>80}. The levels are labelled as R
 * labels such factors: ">80" and "<=80"; the reference is the level where the condition is false
 * unless {@code --ref} says otherwise.
 */
public record CutPoint(String name, String column, String operator, double value) {

    private static final Pattern SPEC = Pattern.compile("([A-Za-z_][A-Za-z0-9_.]*)=([A-Za-z_][A-Za-z0-9_.]*)(>=|<=|>|<)(-?[0-9.]+(?:[eE]-?[0-9]+)?)");

    public static CutPoint parse(String spec) throws OutcomeInputException {
        Matcher m = SPEC.matcher(spec.replace(" ", ""));
        if (!m.matches()) {
            throw new OutcomeInputException("a cut-point is name=column>value (or >=, <, <=), e.g. gtv_gt80=gtv_cc>80; not " + spec);
        }
        return new CutPoint(m.group(1), m.group(2), m.group(3), Double.parseDouble(m.group(4)));
    }

    private static final String[] OPPOSITE = { ">", "<=", ">=", "<", "<", ">=", "<=", ">" };

    String trueLabel() {
        return operator + label(value);
    }

    String falseLabel() {
        for (int i = 0; i < OPPOSITE.length; i += 2) {
            if (OPPOSITE[i].equals(operator)) {
                return OPPOSITE[i + 1] + label(value);
            }
        }
        throw new IllegalStateException(operator);
    }

    private static String label(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    /** The table with this covariate added; its reference is the false level. */
    public CohortTable apply(CohortTable t, java.util.Map<String, String> references) throws OutcomeInputException {
        double[] x = t.numbers(column);
        String[] out = new String[x.length];
        for (int i = 0; i < x.length; i++) {
            if (Double.isNaN(x[i])) {
                continue;
            }
            boolean holds = switch (operator) {
            case ">" -> x[i] > value;
            case ">=" -> x[i] >= value;
            case "<" -> x[i] < value;
            default -> x[i] <= value;
            };
            out[i] = holds ? trueLabel() : falseLabel();
        }
        references.putIfAbsent(name, falseLabel());
        return t.withColumn(name, out);
    }
}
