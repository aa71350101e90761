package org.opensabt.plan.exact;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A mixed-integer model written in CPLEX LP format (read by CBC and GLPK). Variables are named by the caller. */
final class LpWriter {

    private final StringBuilder objective = new StringBuilder();
    private final List<String> rows = new ArrayList<>();
    private final List<String> bounds = new ArrayList<>();
    private final List<String> binaries = new ArrayList<>();
    private long nonzeros;
    private int objectiveTerms;

    /** A linear row under construction. */
    final class Row {
        private final StringBuilder text = new StringBuilder();
        private int terms;

        Row add(double coefficient, String variable) {
            if (coefficient == 0) {
                return this;
            }
            text.append(coefficient < 0 ? " - " : " + ").append(number(Math.abs(coefficient))).append(' ').append(variable);
            if (++terms % 8 == 0) {
                text.append("\n ");
            }
            nonzeros++;
            return this;
        }

        int terms() {
            return terms;
        }

        void atMost(String name, double rhs) {
            end(name, "<=", rhs);
        }

        void atLeast(String name, double rhs) {
            end(name, ">=", rhs);
        }

        private void end(String name, String sense, double rhs) {
            if (terms > 0) {
                rows.add(" " + name + ":" + text + " " + sense + " " + number(rhs));
            }
        }
    }

    Row row() {
        return new Row();
    }

    void objective(double coefficient, String variable) {
        if (coefficient != 0) {
            objective.append(" + ").append(number(coefficient)).append(' ').append(variable);
            if (++objectiveTerms % 8 == 0) {
                objective.append("\n ");
            }
        }
    }

    void binary(String variable) {
        binaries.add(variable);
    }

    /** A continuous variable in [0, upper]. */
    void continuous(String variable, double upper) {
        bounds.add(" 0 <= " + variable + " <= " + number(upper));
    }

    int binaries() {
        return binaries.size();
    }

    int rows() {
        return rows.size();
    }

    long nonzeros() {
        return nonzeros;
    }

    void write(Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
            w.write("Minimize\n obj:");
            w.write(objective.toString());
            w.write("\nSubject To\n");
            for (String r : rows) {
                w.write(r);
                w.write('\n');
            }
            w.write("Bounds\n");
            for (String b : bounds) {
                w.write(b);
                w.write('\n');
            }
            w.write("Binaries\n");
            for (int i = 0; i < binaries.size(); i++) {
                w.write(' ');
                w.write(binaries.get(i));
                if (i % 16 == 15) {
                    w.write('\n');
                }
            }
            w.write("\nEnd\n");
        }
    }

    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.8g", v).replaceFirst("\\.?0+(e|$)", "$1");
    }
}
