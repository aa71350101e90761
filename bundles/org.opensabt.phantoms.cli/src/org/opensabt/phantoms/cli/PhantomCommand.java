package org.opensabt.phantoms.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.opensabt.cli.api.CliCommand;
import org.opensabt.cli.api.CommandContext;
import org.opensabt.cli.api.CommandException;
import org.opensabt.cli.api.CommandResult;
import org.opensabt.model.PatientCase;
import org.opensabt.model.store.CaseStore;
import org.opensabt.model.store.CaseSummaries;
import org.opensabt.phantoms.PhantomException;
import org.opensabt.phantoms.Phantoms;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "phantom", description = { "Write a synthetic planning phantom as a case: a water box (BODY) with a spherical GTV, optionally an OAR",
        "a given gap from it and a bone slab (AVOID) between the GTV and the anterior skin. For planning tests and benchmarks." })
public final class PhantomCommand implements CliCommand {

    @Option(names = "--out", required = true, paramLabel = "CASE", description = "Case folder to create.")
    String out;

    @Option(names = "--target-cc", defaultValue = "60", paramLabel = "CC", description = "GTV volume (default: ${DEFAULT-VALUE} cc).")
    double targetCc;

    @Option(names = "--oar-gap-mm", paramLabel = "MM", description = "Add an OAR (sphere, 8 mm radius) this far from the GTV surface.")
    Double oarGapMm;

    @Option(names = "--bone-slab", description = "Add a 10 mm bone slab (AVOID, 700 HU) between the GTV and the anterior skin.")
    boolean boneSlab;

    @Option(names = "--pixel-mm", defaultValue = "1", paramLabel = "MM", description = "In-plane CT spacing (default: ${DEFAULT-VALUE} mm).")
    double pixelMm;

    @Option(names = "--slice-mm", defaultValue = "2", paramLabel = "MM", description = "CT slice spacing (default: ${DEFAULT-VALUE} mm).")
    double sliceMm;

    @Option(names = "--replace", description = "Replace an existing case folder.")
    boolean replace;

    @Override
    public CommandResult run(CommandContext context) throws CommandException {
        Path dir = context.resolve(out);
        if (Files.exists(dir.resolve(CaseStore.CASE_FILE)) && !replace) {
            throw new CommandException(dir + " already holds a case; use --replace to overwrite it");
        }
        Phantoms.Result phantom;
        try {
            phantom = Phantoms.build(new Phantoms.Request(targetCc, oarGapMm, boneSlab, pixelMm, sliceMm), null);
        } catch (PhantomException e) {
            throw new CommandException(e.getMessage(), e);
        }
        try {
            Phantoms.save(phantom, dir, replace, new CaseStore(context.productVersion()));
        } catch (IOException e) {
            throw new CommandException(e.getMessage(), e);
        }
        PatientCase c = phantom.patientCase();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("caseFolder", dir.toString());
        json.put("targetRadiusMm", phantom.targetRadiusMm());
        json.put("case", CaseSummaries.toJson(c));
        return CommandResult.of("Phantom written to " + dir + "\n" + CaseSummaries.toText(c), json);
    }
}
