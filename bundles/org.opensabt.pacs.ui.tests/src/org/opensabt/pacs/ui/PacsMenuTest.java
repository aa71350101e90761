package org.opensabt.pacs.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;

/**
 * The File menu's "Query/Retrieve from PACS…" as the workbench reads it from the extension registry: the contribution
 * into {@code menu:file}, its command, and a handler that instantiates to {@link PacsHandler}.
 */
class PacsMenuTest {

    static final String COMMAND = "org.opensabt.pacs.ui.queryRetrieve";

    @Test
    void theFileMenuOffersQueryRetrieveWithItsHandler() throws Exception {
        List<IConfigurationElement> menus = Arrays.asList(Platform.getExtensionRegistry().getConfigurationElementsFor("org.eclipse.ui.menus"));
        IConfigurationElement item = menus.stream().filter(m -> "menu:file?after=additions".equals(m.getAttribute("locationURI")))
                .flatMap(m -> Arrays.stream(m.getChildren("command"))).filter(c -> COMMAND.equals(c.getAttribute("commandId"))).findFirst()
                .orElseThrow(() -> new AssertionError("no File menu item for " + COMMAND));
        assertEquals("Query/Retrieve from PACS…", item.getAttribute("label"));
        assertTrue(Arrays.stream(Platform.getExtensionRegistry().getConfigurationElementsFor("org.eclipse.ui.commands"))
                .anyMatch(c -> COMMAND.equals(c.getAttribute("id"))), "the command is declared");
        IConfigurationElement handler = Arrays.stream(Platform.getExtensionRegistry().getConfigurationElementsFor("org.eclipse.ui.handlers"))
                .filter(h -> COMMAND.equals(h.getAttribute("commandId"))).findFirst().orElseThrow(() -> new AssertionError("no handler"));
        assertTrue(handler.createExecutableExtension("class") instanceof PacsHandler);
    }
}
