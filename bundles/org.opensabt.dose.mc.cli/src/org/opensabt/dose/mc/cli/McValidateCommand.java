package org.opensabt.dose.mc.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.opensabt.cli.api.CliCommand;
import org.opensabt.cli.api.CommandContext;
import org.opensabt.cli.api.CommandException;
import org.opensabt.cli.api.CommandResult;
import org.opensabt.dose.mc.SlabStudy;
import org.opensabt.dose.mc.WaterValidation;
import org.opensabt.dose.source.SeedSource;
import org.opensabt.dose.source.SourceDescriptorException;
import org.opensabt.dose.source.SourceLibraries;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "mc-validate", description = { "Check the Monte Carlo engine: the seed in the TG-43U1 water phantom against its TG-43 consensus g_L(r) and F(r,θ)",
        "(0.5–5 cm), and with --slabs the dose ratio to all-water beyond and inside 1 cm slabs of cortical bone and of lung." })
public final class McValidateCommand implements CliCommand {

    @Option(names = "--source", defaultValue = "6711", paramLabel = "SEED", description = "Seed model or descriptor file (default: ${DEFAULT-VALUE}).")
    String source;

    @Option(names = "--histories", defaultValue = "10000000", paramLabel = "N", description = "Histories in water (default: ${DEFAULT-VALUE}).")
    long histories;

    @Option(names = "--slabs", description = "Also the bone and lung slab study.")
    boolean slabs;

    @Option(names = "--slab-histories", defaultValue = "20000000", paramLabel = "N", description = "Histories of each slab run (default: ${DEFAULT-VALUE}).")
    long slabHistories;

    @Option(names = "--lung-density", defaultValue = "0.26", paramLabel = "G_PER_CM3", description = "Lung density (default: ${DEFAULT-VALUE} g/cm³, inflated lung).")
    double lungDensity;

    @Option(names = "--threads", paramLabel = "N", description = "Threads (default: all processors).")
    Integer threads;

    @Option(names = "--seed", defaultValue = "7", paramLabel = "N", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long randomSeed;

    @Override
    public CommandResult run(CommandContext context) throws CommandException, InterruptedException {
        if (histories < 1000 || slabHistories < 1000 || !(lungDensity > 0)) {
            throw new CommandException("--histories and --slab-histories must be at least 1000 and --lung-density positive");
        }
        SeedSource seed;
        try {
            seed = SourceLibraries.resolve(source, context.workingDirectory());
        } catch (SourceDescriptorException e) {
            throw new CommandException(e.getMessage(), e);
        }
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        context.progress("mc-validate: " + seed.name() + " in water, " + histories + " histories");
        WaterValidation.Report report;
        try {
            report = WaterValidation.run(seed, histories, randomSeed, n, null);
        } catch (IllegalArgumentException e) {
            throw new CommandException(e.getMessage(), e);
        }
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%s in water: %,d histories in %.1f s; %s%n", report.seed(), report.histories(),
                report.seconds(), report.emission()));
        text.append("g_L(r)   r cm    Monte Carlo  consensus  difference  1 SD\n");
        for (WaterValidation.Point p : report.radial()) {
            text.append(String.format(Locale.ROOT, "         %5.2f   %9.4f   %9.4f   %+7.2f %%  %5.2f %%%n", p.rCm(), p.monteCarlo(), p.consensus(),
                    p.differencePercent(), p.uncertaintyPercent()));
        }
        text.append("F(r,θ)   difference from the consensus, % (1 SD in brackets); rows θ, columns r (cm)\n         ");
        List<Double> radii = report.anisotropy().stream().map(WaterValidation.Point::rCm).distinct().toList();
        List<Double> thetas = report.anisotropy().stream().map(WaterValidation.Point::thetaDeg).distinct().toList();
        for (double r : radii) {
            text.append(String.format(Locale.ROOT, "%14.1f", r));
        }
        text.append('\n');
        for (double t : thetas) {
            text.append(String.format(Locale.ROOT, "  θ=%3.0f° ", t));
            for (double r : radii) {
                WaterValidation.Point p = report.anisotropy().stream().filter(q -> q.rCm() == r && q.thetaDeg() == t).findFirst().orElseThrow();
                text.append(String.format(Locale.ROOT, "  %+6.1f (%4.1f)", p.differencePercent(), p.uncertaintyPercent()));
            }
            text.append('\n');
        }
        double gMax = report.maxAbsDifferencePercent(report.radial());
        double fMax = report.maxAbsDifferencePercent(report.anisotropy());
        double fMax20 = report.maxAbsDifferencePercent(report.anisotropy().stream().filter(p -> p.thetaDeg() >= 20).toList());
        text.append(String.format(Locale.ROOT, "largest |difference| 0.5–5 cm: g_L %.2f %%; F %.2f %% (θ ≥ 20°: %.2f %%)", gMax, fMax, fMax20));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("seed", report.seed());
        json.put("histories", report.histories());
        json.put("seconds", report.seconds());
        json.put("emission", report.emission());
        json.put("radialDoseFunction", points(report.radial()));
        json.put("anisotropyFunction", points(report.anisotropy()));
        json.put("maxAbsDifferencePercentG", gMax);
        json.put("maxAbsDifferencePercentF", fMax);
        json.put("maxAbsDifferencePercentFTheta20Plus", fMax20);
        if (slabs) {
            List<Map<String, Object>> slabJson = new ArrayList<>();
            for (Object[] tissue : new Object[][] { { "cortical-bone", 1.85 }, { "lung", lungDensity } }) {
                context.progress("mc-validate: " + tissue[0] + " slab, " + slabHistories + " histories (and as many in all-water)");
                SlabStudy.Result r = SlabStudy.run(seed, (String) tissue[0], (Double) tissue[1], slabHistories, randomSeed, n, null);
                text.append(String.format(Locale.ROOT, "%n%s slab (%.2f g/cm³, x = 1–2 cm), dose on the transverse axis ÷ dose in all-water (%.0f s):%n", r.tissue(),
                        r.densityGPerCm3(), r.seconds()));
                text.append("   x cm   D(m,m)/D(w,w)   D(w,m)/D(w,w)   1 SD\n");
                List<Map<String, Object>> rows = new ArrayList<>();
                for (SlabStudy.Point p : r.points()) {
                    text.append(String.format(Locale.ROOT, "  %5.2f%s  %9.3f       %9.3f      %4.1f %%%n", p.xCm(), p.inSlab() ? "*" : " ", p.ratioMedium(),
                            p.ratioWaterInMedium(), p.uncertaintyPercent()));
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("xCm", p.xCm());
                    row.put("inSlab", p.inSlab());
                    row.put("doseToMediumRatio", p.ratioMedium());
                    row.put("doseToWaterInMediumRatio", p.ratioWaterInMedium());
                    row.put("uncertaintyPercent", p.uncertaintyPercent());
                    rows.add(row);
                }
                slabJson.add(Map.of("tissue", r.tissue(), "densityGPerCm3", r.densityGPerCm3(), "histories", r.histories(), "points", rows));
            }
            text.append("(* inside the slab)");
            json.put("slabs", slabJson);
        }
        return CommandResult.of(text.toString(), json);
    }

    private static List<Map<String, Object>> points(List<WaterValidation.Point> points) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (WaterValidation.Point p : points) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rCm", p.rCm());
            m.put("thetaDeg", p.thetaDeg());
            m.put("monteCarlo", p.monteCarlo());
            m.put("consensus", p.consensus());
            m.put("differencePercent", p.differencePercent());
            m.put("uncertaintyPercent", p.uncertaintyPercent());
            out.add(m);
        }
        return out;
    }
}
