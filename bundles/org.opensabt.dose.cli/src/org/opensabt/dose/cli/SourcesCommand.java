package org.opensabt.dose.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.opensabt.cli.api.CliCommand;
import org.opensabt.cli.api.CommandContext;
import org.opensabt.cli.api.CommandResult;
import org.opensabt.dose.source.SeedSource;
import org.opensabt.dose.source.SourceLibraries;
import org.opensabt.dose.source.SourceLibrary;

import picocli.CommandLine.Command;

@Command(name = "sources", description = "List the seed models of this installation (built in, <home>/sources, $OPENSABT_SOURCES) and refused descriptors.")
public final class SourcesCommand implements CliCommand {

    @Override
    public CommandResult run(CommandContext context) {
        SourceLibrary library = SourceLibraries.standard();
        StringBuilder text = new StringBuilder();
        List<Map<String, Object>> json = new ArrayList<>();
        for (SeedSource s : library.sources()) {
            text.append(String.format(Locale.ROOT, "%-24s %s, Λ = %.3f cGy/(h·U), L = %.2f cm, T½ = %.2f d, %s; aliases: %s; from %s%n",
                    s.name(), s.isotope(), s.lambdaCGyPerHourPerU(), s.activeLengthCm(), s.halfLifeDays(),
                    s.hasUPerMCi() ? String.format(Locale.ROOT, "%.3f U/mCi", s.uPerMCi()) : "no U/mCi factor", String.join(", ", s.aliases()),
                    s.origin()));
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", s.name());
            m.put("aliases", s.aliases());
            m.put("isotope", s.isotope());
            m.put("lambda_cGy_per_h_per_U", s.lambdaCGyPerHourPerU());
            m.put("active_length_cm", s.activeLengthCm());
            m.put("half_life_days", s.halfLifeDays());
            m.put("U_per_mCi", s.hasUPerMCi() ? s.uPerMCi() : null);
            m.put("phi_an", s.hasPhiAn() ? "tabulated" : "derived from F(r,θ)");
            m.put("origin", s.origin());
            json.add(m);
        }
        for (String problem : library.problems()) {
            text.append("refused: ").append(problem).append('\n');
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("sources", json);
        doc.put("refused", library.problems());
        return CommandResult.of(text.toString().stripTrailing(), doc);
    }
}
