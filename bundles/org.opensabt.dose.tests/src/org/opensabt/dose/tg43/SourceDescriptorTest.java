package org.opensabt.dose.tg43;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opensabt.dose.source.SeedSource;
import org.opensabt.dose.source.SourceDescriptorException;
import org.opensabt.dose.source.SourceDescriptorReader;
import org.opensabt.dose.source.SourceLibrary;

class SourceDescriptorTest {

    private static final String VALID = """
            {"name": "Test seed", "aliases": ["TS-1"], "isotope": "I-125", "lambda_cGy_per_h_per_U": 0.95,
             "active_length_cm": 0.3, "half_life_days": 59.4, "vendor_note": "extra keys are fine",
             "radial_dose_function": {"r_cm": [0.5, 1, 2], "gL": [1.05, 1.0, 0.8]},
             "anisotropy_function": {"r_cm": [1, 2], "theta_deg": [0, 45, 90], "F": [[0.4, 0.5], [0.9, 0.9], [1, 1]]}}
            """;

    private static String error(String json) {
        return assertThrows(SourceDescriptorException.class, () -> new SourceDescriptorReader().read(new StringReader(json), "seed.json"))
                .getMessage();
    }

    @Test
    void readsAValidDescriptorWithExtraKeysAndWithoutOptionalOnes() throws Exception {
        SeedSource s = new SourceDescriptorReader().read(new StringReader(VALID), "seed.json");
        assertEquals("Test seed", s.name());
        assertFalse(s.hasPhiAn());
        assertFalse(s.hasUPerMCi());
        assertTrue(s.answersTo("ts-1"));
        assertEquals(0.4, s.anisotropyF()[0][0]);
    }

    @Test
    void malformedDescriptorsAreRefusedNamingTheField() {
        assertTrue(error(VALID.replace("\"isotope\": \"I-125\",", "")).contains("\"isotope\" is missing"));
        assertTrue(error(VALID.replace("[0.4, 0.5], ", "")).contains("\"anisotropy_function.F\""));
        assertTrue(error(VALID.replace("[0.9, 0.9]", "[0.9]")).contains("anisotropy_function.F[1]"));
        assertTrue(error(VALID.replace("\"gL\": [1.05, 1.0, 0.8]", "\"gL\": [1.05, 1.0]")).contains("radial_dose_function.gL"));
        assertTrue(error(VALID.replace("0.8]", "-0.8]")).contains("radial_dose_function.gL"));
        assertTrue(error(VALID.replace("\"r_cm\": [0.5, 1, 2]", "\"r_cm\": [0.5, 2, 1]")).contains("radial_dose_function.r_cm"));
        assertTrue(error(VALID.replace("0.95", "\"fast\"")).contains("lambda_cGy_per_h_per_U"));
        assertTrue(error(VALID.replace("0.95", "0")).contains("lambda_cGy_per_h_per_U"));
        assertTrue(error("{ not json").contains("not valid JSON"));
    }

    @Test
    void libraryFindsByAliasRefusesDuplicatesAndListsKnownNames(@TempDir Path folder) throws Exception {
        SourceLibrary library = new SourceLibrary();
        library.add(Sources.model6711());
        assertEquals("I-125 model 6711", library.find("CIAE-6711").name());
        Files.writeString(folder.resolve("a-good.json"), VALID);
        Files.writeString(folder.resolve("b-duplicate.json"), VALID.replace("Test seed", "Other").replace("TS-1", "6711"));
        Files.writeString(folder.resolve("c-broken.json"), VALID.replace("\"half_life_days\": 59.4,", ""));
        library.addFolder(folder);
        assertEquals(2, library.sources().size());
        assertEquals(2, library.problems().size());
        assertTrue(library.problems().get(0).contains("already used"), library.problems().toString());
        assertTrue(library.problems().get(1).contains("half_life_days"), library.problems().toString());
        String unknown = assertThrows(SourceDescriptorException.class, () -> library.find("model 9999")).getMessage();
        assertTrue(unknown.contains("I-125 model 6711") && unknown.contains("Test seed") && unknown.contains("half_life_days"), unknown);
        assertEquals("Test seed", library.resolve(folder.resolve("a-good.json").toString(), folder).name());
    }
}
