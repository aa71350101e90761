package org.opensabt.cli.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;

/**
 * {@code opensabt pacs} through the real command line, without a PACS: the configuration listed (text and --json), and
 * every refusal one line on stderr with exit 1 (a bad configuration naming file and key, an unknown node, no node, a
 * port nobody listens on). The exchanges with a real PACS are tested against Orthanc in org.opensabt.pacs.tests.
 */
class PacsCommandsTest {

    @TempDir
    Path tmp;

    @Test
    void nodesAreListedAndRefusalsAreOneLineWithExit1() throws Exception {
        Path config = tmp.resolve("pacs-nodes.properties");
        Files.writeString(config, "calling-ae = SABT1\nnode.main.ae = ORTHANC\nnode.main.host = 127.0.0.1\nnode.main.port = 4242\n");
        JsonObject nodes = Cli.json(tmp, "pacs", "nodes", "--nodes", config).ok().result();
        assertEquals("SABT1", nodes.get("callingAe").getAsString());
        assertEquals("ORTHANC", nodes.getAsJsonArray("nodes").get(0).getAsJsonObject().get("aeTitle").getAsString());
        assertEquals(4242, nodes.getAsJsonArray("nodes").get(0).getAsJsonObject().get("port").getAsInt());

        Cli.run(tmp, "pacs", "echo", "--nodes", config, "--node", "research").refused("no PACS node \"research\" in " + config + " (configured: main)");
        Cli.run(tmp, "pacs", "find", "--nodes", config).refused("name the PACS: --node NAME, or --aet AE --host HOST --port PORT");
        Cli.run(tmp, "pacs", "find", "--nodes", config, "--node", "main", "--level", "image").refused("--level must be patient, study or series, is image");
        Files.writeString(config, "node.main.ae = ORTHANC\nnode.main.host = 127.0.0.1\nnode.main.port = many\n");
        Cli.run(tmp, "pacs", "nodes", "--nodes", config).refused(config + ": node.main.port: must be a whole number 1..65535, is \"many\"");
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        Cli.run(tmp, "pacs", "echo", "--aet", "ORTHANC", "--host", "127.0.0.1", "--port", closed, "--timeout-s", 5).refused(
                "ORTHANC@127.0.0.1:" + closed + ": cannot connect: ");
    }
}
