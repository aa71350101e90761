package org.opensabt.dose.tg43;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opensabt.dose.cases.DoseInputException;
import org.opensabt.dose.cases.SeedTable;

class SeedTableTest {

    @TempDir
    Path tmp;

    private Path write(String text) throws Exception {
        Path file = tmp.resolve("seeds.csv");
        Files.writeString(file, text);
        return file;
    }

    @Test
    void seedsPointAlongTheirNeedleAndTakeTheDefaultStrength() throws Exception {
        // needle A runs along (3, 0, 4)/5; seed 3 has no needle
        SeedTable.Read read = SeedTable.read(write("# plan\nneedle,x_mm,y_mm,z_mm,seed_id\nA,0,0,0,a1\nA,3,0,4,a2\nA,6,0,8,a3\n,10,10,10,\n"), 0.5,
                new double[] { 0, 0, 1 });
        assertEquals(4, read.seeds().size());
        double[] axis = read.seeds().get(1).directionUnit();
        assertEquals(1.0, Math.abs(axis[0] * 0.6 + axis[2] * 0.8), 1e-9, "along the needle");
        assertArrayEquals(new double[] { 0, 0, 1 }, read.seeds().get(3).directionUnit(), 1e-12);
        assertEquals("a2", read.seeds().get(1).seedId());
        assertEquals("4", read.seeds().get(3).seedId());
        assertEquals(0.5, read.seeds().get(0).airKermaStrengthU());
        assertTrue(read.notes().get(0).contains("without a needle"), read.notes().toString());
    }

    @Test
    void badRowsAreNamedByLineAndColumn() throws Exception {
        double[] z = { 0, 0, 1 };
        assertTrue(assertThrows(DoseInputException.class, () -> SeedTable.read(write("x_mm,y_mm\n1,2\n"), 0.5, z)).getMessage()
                .contains("header lacks column z_mm"));
        assertTrue(assertThrows(DoseInputException.class, () -> SeedTable.read(write("x_mm,y_mm,z_mm\n1,2,abc\n"), 0.5, z)).getMessage()
                .contains("seeds.csv line 2: z_mm is not a finite number: \"abc\""));
        assertTrue(assertThrows(DoseInputException.class, () -> SeedTable.read(write("x_mm,y_mm,z_mm\n1,2,3\n4,5\n"), 0.5, z)).getMessage()
                .contains("seeds.csv line 3: has 2 fields, the header has 3"));
        assertTrue(assertThrows(DoseInputException.class, () -> SeedTable.read(write("x_mm,y_mm,z_mm,strength_U\n1,2,3,0\n"), 0.5, z))
                .getMessage().contains("line 2: strength_U must be positive"));
        assertTrue(assertThrows(DoseInputException.class, () -> SeedTable.read(write("x_mm,y_mm,z_mm\n1,2,3\n"), Double.NaN, z)).getMessage()
                .contains("no strength_U column and no strength given"));
        assertTrue(assertThrows(DoseInputException.class, () -> SeedTable.read(write("x_mm,y_mm,z_mm,dir_x,dir_y,dir_z\n1,2,3,0,0,0\n"), 0.5, z))
                .getMessage().contains("zero vector"));
    }
}
