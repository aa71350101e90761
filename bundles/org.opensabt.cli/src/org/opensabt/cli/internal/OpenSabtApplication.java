package org.opensabt.cli.internal;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.opensabt.cli.api.CliCommand;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.opensabt.model.schema.CaseSchema;

/** The headless Equinox application behind the {@code opensabt} command. */
public final class OpenSabtApplication implements IApplication {

    public static final String COMMANDS_EXTENSION_POINT = "org.opensabt.cli.commands";

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        context.applicationRunning();
        Path cwd = Path.of(System.getProperty("opensabt.cwd", System.getProperty("user.dir")));
        int code = new CommandLineRunner(contributedCommands(), versionText()).run(args == null ? new String[0] : args,
                System.out, System.err, cwd);
        System.out.flush();
        return Integer.valueOf(code);
    }

    @Override
    public void stop() {
        // commands run to completion in start(); nothing to interrupt
    }

    /** Commands from every bundle's contributions to {@value #COMMANDS_EXTENSION_POINT}, by name. */
    public static Map<String, Supplier<CliCommand>> contributedCommands() {
        Map<String, Supplier<CliCommand>> commands = new LinkedHashMap<>();
        for (IConfigurationElement element : RegistryFactory.getRegistry().getConfigurationElementsFor(COMMANDS_EXTENSION_POINT)) {
            String name = element.getAttribute("name");
            String contributor = element.getContributor().getName();
            if (name == null || name.isBlank()) {
                throw new IllegalStateException(contributor + " contributes a command without a name");
            }
            if (commands.containsKey(name)) {
                throw new IllegalStateException("command '" + name + "' is contributed twice (again by " + contributor + ")");
            }
            commands.put(name, () -> {
                try {
                    return (CliCommand) element.createExecutableExtension("class");
                } catch (CoreException | ClassCastException e) {
                    throw new IllegalStateException("command '" + name + "' of " + contributor + " cannot be created: "
                            + e.getMessage(), e);
                }
            });
        }
        return commands;
    }

    static String versionText() {
        Bundle bundle = FrameworkUtil.getBundle(OpenSabtApplication.class);
        String version = bundle == null ? "development" : bundle.getVersion().toString();
        return "OpenSABT " + version + " (case schema " + CaseSchema.VERSION + ", Java " + System.getProperty("java.version") + ")";
    }
}
