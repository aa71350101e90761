package org.opensabt.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A dose limit for an organ at risk: Dmax, D0.1cc or D2cc below a dose in Gy. */
public record OarLimit(String structure, String metric, double limitGy) {

    private static final Pattern ITEM = Pattern.compile("(Dmax|D0\\.1cc|D2cc)<([0-9.]+)");

    /** Parses {@code ROI:Dmax<20,D2cc<10}. */
    public static List<OarLimit> parse(String spec) {
        int colon = spec.lastIndexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("an OAR limit is ROI:Dmax<Gy[,D0.1cc<Gy][,D2cc<Gy], not " + spec);
        }
        List<OarLimit> out = new ArrayList<>();
        for (String item : spec.substring(colon + 1).split(",")) {
            Matcher m = ITEM.matcher(item.strip());
            if (!m.matches()) {
                throw new IllegalArgumentException("unknown OAR limit '" + item + "' in " + spec + " (Dmax<Gy, D0.1cc<Gy or D2cc<Gy)");
            }
            out.add(new OarLimit(spec.substring(0, colon).strip(), m.group(1), Double.parseDouble(m.group(2))));
        }
        return out;
    }

    /** The limited dose (Gy) of a set of point doses, each point standing for {@code pointCc}. */
    public double evaluate(float[] doseGy, double pointCc) {
        float[] sorted = doseGy.clone();
        java.util.Arrays.sort(sorted);
        if (sorted.length == 0) {
            return 0;
        }
        double volume = volumeCc();
        int hottest = (int) Math.max(1, Math.ceil(volume / pointCc)); // the dose received by the hottest `volume`
        return sorted[Math.max(0, sorted.length - hottest)];
    }

    /** The volume the limit speaks of: the hottest 0 (Dmax), 0.1 or 2 cm³. */
    public double volumeCc() {
        return switch (metric) {
        case "Dmax" -> 0;
        case "D0.1cc" -> 0.1;
        default -> 2.0;
        };
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s %s < %.1f Gy", structure, metric, limitGy);
    }
}
