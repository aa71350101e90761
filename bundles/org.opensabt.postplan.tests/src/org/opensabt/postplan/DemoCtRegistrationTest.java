package org.opensabt.postplan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opensabt.model.ImageSeries;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The bone registration on a real CT: the demo sarcoma CT and the same CT moved into another frame (rotated 5° about x
 * and −4° about z, shifted (12, −8, 20) mm, 3.0 instead of 3.27 mm slices, another field of view), resampled by
 * python/moved_ct.py with scipy (independent of the product). The recovered transform is compared with the truth.
 */
class DemoCtRegistrationTest {

    static final Path DEMO_CT = Path.of(System.getProperty("opensabt.repo", "../..")).resolve("demo-data/sts-001/ct").toAbsolutePath().normalize();

    @Test
    void theDemoCtMovedIntoAnotherFrameIsRecoveredWithinAMillimetre(@TempDir Path dir) throws Exception {
        Process p = new ProcessBuilder("/usr/bin/python3", "python/moved_ct.py", DEMO_CT.toString(), dir.toString(), "5", "-4", "12", "-8", "20")
                .redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), "moved_ct.py: " + log);
        JsonObject json = JsonParser.parseString(Files.readString(dir.resolve("volumes.json"))).getAsJsonObject();
        ImageSeries planning = load(dir.resolve("planning.raw"), json.getAsJsonObject("planning"), "1.2.826.0.1.3680043.9.7.21", "1.2.826.0.1.3680043.9.7.210");
        ImageSeries postop = load(dir.resolve("postop.raw"), json.getAsJsonObject("postop"), "1.2.826.0.1.3680043.9.7.22", "1.2.826.0.1.3680043.9.7.220");
        double[][] r = new double[3][3];
        double[] t = new double[3];
        for (int a = 0; a < 3; a++) {
            t[a] = json.getAsJsonArray("t").get(a).getAsDouble();
            for (int b = 0; b < 3; b++) {
                r[a][b] = json.getAsJsonArray("R").get(a).getAsJsonArray().get(b).getAsDouble();
            }
        }
        BoneRegistration.Result result = new BoneRegistration().register(new BoneRegistration.Request(planning, postop, null), null);

        // error at points spread over the planning CT's volume (its centre ± 50 mm in plane, ± 60 mm along z)
        double[] origin = vector(json.getAsJsonObject("planning").getAsJsonArray("origin"));
        double[] spacing = vector(json.getAsJsonObject("planning").getAsJsonArray("spacing"));
        double[] size = vector(json.getAsJsonObject("planning").getAsJsonArray("size"));
        double worst = 0;
        for (int dx = -1; dx <= 1; dx++) {
            for (int dy = -1; dy <= 1; dy++) {
                for (int dz = -1; dz <= 1; dz++) {
                    double[] target = new double[3];
                    double[] step = { 50 * dx, 50 * dy, 60 * dz };
                    for (int k = 0; k < 3; k++) {
                        target[k] = origin[k] + spacing[k] * (size[k] - 1) / 2 + step[k];
                    }
                    double[] post = BoneScans.applyInverse(r, t, target);
                    worst = Math.max(worst, BoneRegistrationTest.distance(result.postToPlanning().applyToPoint(post), target));
                }
            }
        }
        System.out.printf(Locale.ROOT, "demo CT moved by python/scipy: %s; coverage %.0f %%; constraint %.4f; %.2f s; largest error at 27 points ±50/±60 mm around the centre %.2f mm%n",
                result.summary(), 100 * result.coverageFraction(), result.constraint(), result.seconds(), worst);
        assertTrue(worst <= 1.0, "largest error " + worst + " mm: " + result.summary());
        assertTrue(result.residualMm() <= 1.0, result.summary());
    }

    static double[] vector(JsonArray a) {
        return new double[] { a.get(0).getAsDouble(), a.get(1).getAsDouble(), a.get(2).getAsDouble() };
    }

    static ImageSeries load(Path raw, JsonObject grid, String uid, String frameUid) throws IOException {
        double[] origin = vector(grid.getAsJsonArray("origin"));
        double[] spacing = vector(grid.getAsJsonArray("spacing"));
        double[] size = vector(grid.getAsJsonArray("size"));
        ImageSeries s = BoneScans.series(uid, frameUid, origin, spacing[0], spacing[2], (int) size[0], (int) size[1], (int) size[2]);
        s.getSpacingMm().set(1, spacing[1]);
        short[] v = new short[(int) (size[0] * size[1] * size[2])];
        ByteBuffer.wrap(Files.readAllBytes(raw)).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer().get(v);
        s.setVoxels(v);
        return s;
    }
}
