package org.opensabt.batch.steps;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import org.opensabt.dose.source.SeedSource;
import org.opensabt.dose.source.SourceDescriptorException;
import org.opensabt.dose.source.SourceLibraries;

/** A step's options as given ({@code name=value}), read with one-line errors naming the option. */
final class StepOptions {

    private final Map<String, String> values;

    StepOptions(Map<String, String> values) {
        this.values = values;
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    String text(String name, String otherwise) {
        String v = values.get(name);
        return v == null || v.isBlank() ? otherwise : v.strip();
    }

    String required(String name) {
        String v = text(name, null);
        if (v == null) {
            throw new IllegalArgumentException(name + "= is required");
        }
        return v;
    }

    double number(String name, double otherwise) {
        String v = text(name, null);
        if (v == null) {
            return otherwise;
        }
        try {
            double d = Double.parseDouble(v);
            if (!Double.isFinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + "=" + v + " is not a number");
        }
    }

    Double numberOrNull(String name) {
        return has(name) ? number(name, Double.NaN) : null;
    }

    long integer(String name, long otherwise) {
        String v = text(name, null);
        if (v == null) {
            return otherwise;
        }
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + "=" + v + " is not a whole number");
        }
    }

    /** The seed model named by the option (a built-in name or a descriptor file), else {@code otherwise}'s; null when neither. */
    SeedSource source(String name, String otherwise, Path workingDirectory) {
        String v = text(name, otherwise);
        if (v == null) {
            return null;
        }
        try {
            return SourceLibraries.resolve(v, workingDirectory);
        } catch (SourceDescriptorException e) {
            throw new IllegalArgumentException(name + "=: " + e.getMessage(), e);
        }
    }

    boolean flag(String name, boolean otherwise) {
        String v = text(name, null);
        if (v == null) {
            return otherwise;
        }
        return switch (v.toLowerCase(Locale.ROOT)) {
        case "true", "yes", "on" -> true;
        case "false", "no", "off" -> false;
        default -> throw new IllegalArgumentException(name + "=" + v + " is neither true nor false");
        };
    }
}
