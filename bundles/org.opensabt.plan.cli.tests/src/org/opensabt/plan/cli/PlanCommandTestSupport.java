package org.opensabt.plan.cli;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.opensabt.cli.api.CommandContext;
import org.opensabt.cli.api.CommandResult;
import org.opensabt.dose.DoseEngine;
import org.opensabt.dose.DoseEngines;
import org.opensabt.dose.tg43.Tg43DoseEngine;
import org.opensabt.model.store.CaseStore;
import org.opensabt.phantoms.Phantom;
import org.opensabt.plan.SeedOptimiser;
import org.opensabt.plan.SeedOptimisers;
import org.opensabt.plan.optimiser.GreedyAnnealingOptimiser;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

import picocli.CommandLine;

/** What the plan command's in-process tests share: the suppliers registered (no SCR in the test runtime), a run, a phantom case. */
abstract class PlanCommandTestSupport {

    static final List<ServiceRegistration<?>> REGISTERED = new ArrayList<>();

    @TempDir
    Path tmp;

    @BeforeAll
    static void registerSuppliers() {
        BundleContext context = FrameworkUtil.getBundle(DoseEngines.class).getBundleContext();
        if (!DoseEngines.ids().contains("tg43")) {
            REGISTERED.add(context.registerService(DoseEngine.class, new Tg43DoseEngine(), null));
        }
        if (SeedOptimisers.all().isEmpty()) {
            REGISTERED.add(context.registerService(SeedOptimiser.class, new GreedyAnnealingOptimiser(), null));
        }
    }

    @AfterAll
    static void unregister() {
        REGISTERED.forEach(ServiceRegistration::unregister);
        REGISTERED.clear();
    }

    CommandResult run(String... args) throws Exception {
        PlanCommand command = new PlanCommand();
        new CommandLine(command).parseArgs(args);
        return command.run(new CommandContext(new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()), tmp, false, false,
                "test"));
    }

    /** A 30 cc phantom case in {@code tmp/case}, and the 6711 seed descriptor beside it. */
    Path phantomCase() throws Exception {
        Path caseDir = tmp.resolve("case");
        new CaseStore("test").save(new Phantom(30, Double.NaN, false, 2, 2).build(), caseDir);
        try (InputStream in = Tg43DoseEngine.class.getResourceAsStream("/sources/i125_6711.json")) {
            Files.copy(in, tmp.resolve("6711.json"));
        }
        return caseDir;
    }
}
