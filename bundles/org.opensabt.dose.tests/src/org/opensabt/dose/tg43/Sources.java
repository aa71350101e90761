package org.opensabt.dose.tg43;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.opensabt.dose.source.SeedSource;
import org.opensabt.dose.source.SourceDescriptorReader;

/** The built-in descriptors and test data, read from the bundle's own files. */
final class Sources {

    private Sources() {
    }

    static SeedSource builtIn(String file) throws Exception {
        try (Reader in = new InputStreamReader(Sources.class.getResourceAsStream("/sources/" + file), StandardCharsets.UTF_8)) {
            return new SourceDescriptorReader().read(in, file);
        }
    }

    static SeedSource model6711() throws Exception {
        return builtIn("i125_6711.json");
    }

    static Path data(String name) {
        return Path.of("data", name);
    }
}
