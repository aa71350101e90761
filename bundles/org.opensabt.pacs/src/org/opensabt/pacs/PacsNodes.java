package org.opensabt.pacs;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.opensabt.pacs.PacsException.Reason;

/**
 * The named PACS nodes and our own AE title, read from a Java properties file: {@code $OPENSABT_PACS_NODES}, else
 * {@code ~/.opensabt/pacs-nodes.properties} (absent: no nodes, calling AE {@value #DEFAULT_CALLING_AE}). Keys:
 *
 * <pre>
 * calling-ae = OPENSABT                 # our AE title (default OPENSABT)
 * move.port = 11113                     # our temporary storage SCP for C-MOVE (the PACS must know our AE at this port)
 * move.bind = 127.0.0.1                 # its address (default loopback)
 * node.NAME.ae = ORTHANC                # called AE title of node NAME
 * node.NAME.host = pacs.example.org
 * node.NAME.port = 4242
 * node.NAME.timeout-s = 30              # connect and idle timeout (default 30)
 * node.NAME.tls = true                  # DICOM TLS (default false); then:
 * node.NAME.tls.truststore = FILE       # PKCS#12 with the PACS's certificate or CA (required with TLS)
 * node.NAME.tls.truststore-password-file = FILE | node.NAME.tls.truststore-password-env = VARIABLE
 * node.NAME.tls.keystore = FILE         # PKCS#12 with our client key and certificate (optional)
 * node.NAME.tls.keystore-password-file = FILE | node.NAME.tls.keystore-password-env = VARIABLE
 * node.NAME.tls.verify-hostname = true  # check the certificate names the host (default true)
 * </pre>
 *
 * Relative paths are relative to the file's folder. Unknown keys and bad values are refused with one line naming
 * the file and the key. Passwords never appear in the file, only the file or variable holding them.
 */
public record PacsNodes(Path file, String callingAe, int movePort, String moveBind, List<PacsNode> nodes) {

    /** Environment variable naming the configuration file. */
    public static final String ENV = "OPENSABT_PACS_NODES";
    public static final String DEFAULT_CALLING_AE = "OPENSABT";
    /** Port of our temporary C-MOVE destination when the configuration names none. */
    public static final int DEFAULT_MOVE_PORT = 11113;

    private static final Pattern NODE_KEY = Pattern.compile("node\\.([A-Za-z0-9_-]+)\\.(.+)");
    private static final Set<String> NODE_FIELDS = Set.of("ae", "host", "port", "timeout-s", "tls", "tls.truststore", "tls.truststore-password-file",
            "tls.truststore-password-env", "tls.keystore", "tls.keystore-password-file", "tls.keystore-password-env", "tls.verify-hostname");

    public PacsNodes {
        nodes = List.copyOf(nodes);
    }

    /** The configuration file: {@code env.get(ENV)}, else {@code <home>/.opensabt/pacs-nodes.properties}. */
    public static Path defaultFile(Map<String, String> env, Path home) {
        String named = env.get(ENV);
        return named != null && !named.isBlank() ? Path.of(named) : home.resolve(".opensabt").resolve("pacs-nodes.properties");
    }

    /** The configuration of this user and environment (see {@link #defaultFile}); an absent default file means no nodes. */
    public static PacsNodes load() throws PacsException {
        Path file = defaultFile(System.getenv(), Path.of(System.getProperty("user.home")));
        boolean named = System.getenv(ENV) != null && !System.getenv(ENV).isBlank();
        return load(file, !named, System::getenv);
    }

    /**
     * Reads {@code file}; when it does not exist, {@code absentIsEmpty} gives an empty configuration, else the
     * refusal names it. {@code env} looks up password variables.
     */
    public static PacsNodes load(Path file, boolean absentIsEmpty, Function<String, String> env) throws PacsException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (NoSuchFileException e) {
            if (absentIsEmpty) {
                return new PacsNodes(file, DEFAULT_CALLING_AE, DEFAULT_MOVE_PORT, PacsClient.LOOPBACK, List.of());
            }
            throw new PacsException(Reason.BAD_INPUT, file + ": no such PACS node configuration file");
        } catch (IOException | IllegalArgumentException e) {
            throw new PacsException(Reason.BAD_INPUT, file + ": cannot read: " + e.getMessage(), e);
        }
        Path base = file.toAbsolutePath().getParent();
        String callingAe = p.getProperty("calling-ae", DEFAULT_CALLING_AE).strip();
        String aeProblem = PacsNode.checkAeTitle(callingAe);
        if (aeProblem != null) {
            throw bad(file, "calling-ae", aeProblem);
        }
        int movePort = intValue(file, p, "move.port", DEFAULT_MOVE_PORT, 1, 65535);
        String moveBind = p.getProperty("move.bind", PacsClient.LOOPBACK).strip();
        Set<String> names = new TreeSet<>();
        for (String key : p.stringPropertyNames()) {
            Matcher m = NODE_KEY.matcher(key);
            if (m.matches() && NODE_FIELDS.contains(m.group(2))) {
                names.add(m.group(1));
            } else if (!Set.of("calling-ae", "move.port", "move.bind").contains(key)) {
                throw bad(file, key, "unknown key (expected calling-ae, move.port, move.bind or node.NAME.{" + String.join(",", new TreeSet<>(NODE_FIELDS)) + "})");
            }
        }
        List<PacsNode> nodes = new ArrayList<>();
        for (String name : names) {
            String k = "node." + name + ".";
            String ae = required(file, p, k + "ae");
            String problem = PacsNode.checkAeTitle(ae);
            if (problem != null) {
                throw bad(file, k + "ae", problem);
            }
            String host = required(file, p, k + "host");
            int port = intValue(file, p, k + "port", -1, 1, 65535);
            if (port < 0) {
                throw bad(file, k + "port", "missing");
            }
            int timeoutS = intValue(file, p, k + "timeout-s", PacsNode.DEFAULT_TIMEOUT_MS / 1000, 1, 3600);
            PacsNode.Tls tls = null;
            if (bool(file, p, k + "tls", false)) {
                Path trust = path(base, required(file, p, k + "tls.truststore"));
                char[] trustPassword = password(file, p, k + "tls.truststore", env);
                String keystore = p.getProperty(k + "tls.keystore");
                Path keys = keystore == null ? null : path(base, keystore.strip());
                char[] keyPassword = keys == null ? null : password(file, p, k + "tls.keystore", env);
                if (keys != null && keyPassword == null) {
                    throw bad(file, k + "tls.keystore-password-file", "missing (or " + k + "tls.keystore-password-env): the key store needs its password");
                }
                tls = new PacsNode.Tls(trust, trustPassword, keys, keyPassword, bool(file, p, k + "tls.verify-hostname", true));
            } else if (p.stringPropertyNames().stream().anyMatch(key -> key.startsWith(k + "tls."))) {
                throw bad(file, k + "tls", "TLS settings are given but " + k + "tls is not true");
            }
            nodes.add(new PacsNode(name, ae, host, port, tls, timeoutS * 1000));
        }
        return new PacsNodes(file, callingAe, movePort, moveBind, nodes);
    }

    /** The node named {@code name}; the refusal lists the configured ones. */
    public PacsNode node(String name) throws PacsException {
        for (PacsNode n : nodes) {
            if (n.name().equals(name)) {
                return n;
            }
        }
        throw new PacsException(Reason.BAD_INPUT, "no PACS node \"" + name + "\" in " + file + " (configured: "
                + (nodes.isEmpty() ? "none" : String.join(", ", nodes.stream().map(PacsNode::name).toList())) + ")");
    }

    private static PacsException bad(Path file, String key, String problem) {
        return new PacsException(Reason.BAD_INPUT, file + ": " + key + ": " + problem);
    }

    private static String required(Path file, Properties p, String key) throws PacsException {
        String v = p.getProperty(key);
        if (v == null || v.isBlank()) {
            throw bad(file, key, "missing");
        }
        return v.strip();
    }

    private static int intValue(Path file, Properties p, String key, int dflt, int min, int max) throws PacsException {
        String v = p.getProperty(key);
        if (v == null) {
            return dflt;
        }
        try {
            int i = Integer.parseInt(v.strip());
            if (i >= min && i <= max) {
                return i;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw bad(file, key, String.format(Locale.ROOT, "must be a whole number %d..%d, is \"%s\"", min, max, v.strip()));
    }

    private static boolean bool(Path file, Properties p, String key, boolean dflt) throws PacsException {
        String v = p.getProperty(key);
        if (v == null) {
            return dflt;
        }
        return switch (v.strip().toLowerCase(Locale.ROOT)) {
        case "true", "yes" -> true;
        case "false", "no" -> false;
        default -> throw bad(file, key, "must be true or false, is \"" + v.strip() + "\"");
        };
    }

    private static Path path(Path base, String value) {
        Path p = Path.of(value);
        return p.isAbsolute() || base == null ? p : base.resolve(p).normalize();
    }

    /** {@code <prefix>-password-file} (first line) or {@code <prefix>-password-env}; null when neither is given. */
    private static char[] password(Path file, Properties p, String prefix, Function<String, String> env) throws PacsException {
        String passwordFile = p.getProperty(prefix + "-password-file");
        String variable = p.getProperty(prefix + "-password-env");
        if (passwordFile != null && variable != null) {
            throw bad(file, prefix + "-password-file", "give either it or " + prefix + "-password-env, not both");
        }
        if (passwordFile != null) {
            Path f = path(file.toAbsolutePath().getParent(), passwordFile.strip());
            try {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                int nl = text.indexOf('\n');
                return (nl < 0 ? text : text.substring(0, nl)).replace("\r", "").toCharArray();
            } catch (IOException e) {
                throw bad(file, prefix + "-password-file", f + ": cannot read: " + e.getMessage());
            }
        }
        if (variable != null) {
            String value = env.apply(variable.strip());
            if (value == null) {
                throw bad(file, prefix + "-password-env", "environment variable " + variable.strip() + " is not set");
            }
            return value.toCharArray();
        }
        return null;
    }
}
