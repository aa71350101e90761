package org.opensabt.dose.mc;

import java.nio.file.Path;

import org.opensabt.dose.source.SeedSource;
import org.opensabt.dose.source.SourceDescriptorReader;

/** The built-in 6711 descriptor (TG-43U1 consensus data), read from the TG-43 bundle's folder. */
final class Seeds {

    private Seeds() {
    }

    static SeedSource model6711() throws Exception {
        return new SourceDescriptorReader().read(Path.of("..", "org.opensabt.dose.tg43", "sources", "i125_6711.json"));
    }
}
