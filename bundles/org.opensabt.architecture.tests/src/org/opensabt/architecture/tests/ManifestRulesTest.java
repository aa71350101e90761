package org.opensabt.architecture.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.osgi.util.ManifestElement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;

/**
 * The layering and API rules of issue 21, checked on the source manifests of every bundle under {@code bundles/} and
 * {@code samples/} (the
 * manifests are what OSGi enforces; reading them from the source tree covers every bundle, also those in no feature,
 * without starting a product). Each test lists all of its violations, one per line.
 * <p>
 * Core bundle: a bundle {@code org.opensabt.*} that is not a command-line bundle ({@code org.opensabt.cli},
 * {@code *.cli}), not a user-interface bundle ({@code *.ui}, {@code org.opensabt.workbench}), not a test bundle
 * ({@code *.tests}), not one of the applications or installers ({@code org.opensabt.demo},
 * {@code org.opensabt.provisioning}), not shared user-interface infrastructure ({@code org.opensabt.ui.*}, e.g. the UI test
 * harness) and not a sample plug-in ({@code org.opensabt.sample.*}, which shows a third party
 * contributing both an analysis and a command). A new capability bundle is therefore core without being listed anywhere.
 */
class ManifestRulesTest {

    /** Bundles that are clients or installers, not capabilities. */
    static final Set<String> NOT_CORE = Set.of("org.opensabt.cli", "org.opensabt.workbench", "org.opensabt.demo", "org.opensabt.provisioning");

    /** The core bundles of issue 21: the rule above must classify each of them as core (guards the rule itself). */
    static final List<String> KNOWN_CORE = List.of("org.opensabt.model", "org.opensabt.model.store", "org.opensabt.dicom",
            "org.opensabt.dicom.pixelmed", "org.opensabt.contour", "org.opensabt.dose", "org.opensabt.dose.tg43", "org.opensabt.plan",
            "org.opensabt.plan.optimiser", "org.opensabt.template", "org.opensabt.postplan", "org.opensabt.outcomes", "org.opensabt.phantoms",
            "org.opensabt.viewer", "org.opensabt.vtk", "org.opensabt.batch", "org.opensabt.batch.steps");

    /** Packages and bundles a core bundle must not use: the command line (picocli, our CLI) and the UI toolkits. */
    static final List<String> FORBIDDEN_IN_CORE = List.of("picocli", "info.picocli", "org.opensabt.cli", "org.eclipse.swt", "org.eclipse.jface",
            "org.eclipse.ui", "org.eclipse.e4.ui");

    record Bundle(String symbolicName, Path manifest, ManifestElement[] imports, ManifestElement[] requires, ManifestElement[] exports,
            String fragmentHost) {

        boolean isCore() {
            String n = symbolicName;
            return n.startsWith("org.opensabt.") && !n.startsWith("org.opensabt.sample.") && !n.startsWith("org.opensabt.ui.")
                    && !NOT_CORE.contains(n) && !n.endsWith(".cli")
                    && !n.endsWith(".ui") && !n.endsWith(".tests");
        }

        String where() {
            return symbolicName;
        }
    }

    static Map<String, Bundle> bundles;

    @BeforeAll
    static void readManifests() throws IOException, BundleException {
        Path dir = bundlesDirectory();
        bundles = new TreeMap<>();
        List<Path> manifests = new ArrayList<>();
        for (Path folder : List.of(dir, dir.resolveSibling("samples"))) {
            if (Files.isDirectory(folder)) {
                try (Stream<Path> s = Files.list(folder)) {
                    s.map(p -> p.resolve("META-INF/MANIFEST.MF")).filter(Files::isRegularFile).sorted().forEach(manifests::add);
                }
            }
        }
        for (Path m : manifests) {
            Manifest mf;
            try (InputStream in = Files.newInputStream(m)) {
                mf = new Manifest(in);
            }
            Attributes a = mf.getMainAttributes();
            ManifestElement[] bsn = ManifestElement.parseHeader(Constants.BUNDLE_SYMBOLICNAME, a.getValue(Constants.BUNDLE_SYMBOLICNAME));
            if (bsn == null) {
                throw new IOException(m + ": no Bundle-SymbolicName");
            }
            String name = bsn[0].getValue();
            ManifestElement[] host = ManifestElement.parseHeader(Constants.FRAGMENT_HOST, a.getValue(Constants.FRAGMENT_HOST));
            bundles.put(name, new Bundle(name, m, parse(a, Constants.IMPORT_PACKAGE), parse(a, Constants.REQUIRE_BUNDLE),
                    parse(a, Constants.EXPORT_PACKAGE), host == null ? null : host[0].getValue()));
        }
        assertTrue(bundles.size() > 20, "found only " + bundles.size() + " bundle manifests under " + dir);
        System.out.println("architecture rules: " + bundles.size() + " bundle manifests under " + dir + "; core: "
                + bundles.values().stream().filter(Bundle::isCore).map(Bundle::symbolicName).collect(Collectors.joining(", ")));
    }

    private static ManifestElement[] parse(Attributes a, String header) throws BundleException {
        ManifestElement[] e = ManifestElement.parseHeader(header, a.getValue(header));
        return e == null ? new ManifestElement[0] : e;
    }

    /** The repository's bundles/ folder: -Dopensabt.bundles, else found upwards from the working directory (Tycho runs tests in target/work). */
    static Path bundlesDirectory() throws IOException {
        String configured = System.getProperty("opensabt.bundles");
        if (configured != null) {
            return Path.of(configured);
        }
        for (Path p = Path.of(System.getProperty("user.dir")).toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("bundles/pom.xml")) && Files.isDirectory(p.resolve("bundles/org.opensabt.model"))) {
                return p.resolve("bundles");
            }
        }
        throw new IOException("cannot find the bundles/ folder above " + System.getProperty("user.dir") + "; set -Dopensabt.bundles");
    }

    private static boolean matches(String name, String forbidden) {
        return name.equals(forbidden) || name.startsWith(forbidden + ".");
    }

    private static void report(List<String> violations, String rule) {
        assertTrue(violations.isEmpty(), () -> violations.size() + " violation(s) of: " + rule + "\n" + String.join("\n", violations));
    }

    @Test
    void theCoreRuleCoversTheKnownCoreBundles() {
        List<String> violations = new ArrayList<>();
        for (String name : KNOWN_CORE) {
            Bundle b = bundles.get(name);
            if (b == null) {
                violations.add(name + ": no manifest under bundles/");
            } else if (!b.isCore()) {
                violations.add(name + ": not classified as a core bundle");
            }
        }
        report(violations, "the core-bundle rule");
    }

    /** Rule (a): a core bundle imports or requires no picocli, org.opensabt.cli*, SWT, JFace or org.eclipse.ui. */
    @Test
    void coreBundlesUseNoCommandLineAndNoUserInterface() {
        List<String> violations = new ArrayList<>();
        for (Bundle b : bundles.values()) {
            if (!b.isCore()) {
                continue;
            }
            for (String name : names(b.imports())) {
                if (FORBIDDEN_IN_CORE.stream().anyMatch(f -> matches(name, f))) {
                    violations.add(b.where() + ": Import-Package " + name);
                }
            }
            for (String name : names(b.requires())) {
                if (FORBIDDEN_IN_CORE.stream().anyMatch(f -> matches(name, f))) {
                    violations.add(b.where() + ": Require-Bundle " + name);
                }
            }
        }
        report(violations, "(a) core bundles import no picocli, org.opensabt.cli*, org.eclipse.swt*, org.eclipse.jface*, org.eclipse.ui*");
    }

    /**
     * Rule (b): no bundle uses another bundle's {@code *.internal} package. An internal package is exported only with
     * {@code x-internal:=true} or {@code x-friends} naming its own {@code .tests} fragment, and no other bundle imports it.
     */
    @Test
    void noBundleUsesAnotherBundlesInternalPackages() {
        List<String> violations = new ArrayList<>();
        Map<String, String> exporter = new TreeMap<>();
        for (Bundle b : bundles.values()) {
            for (ManifestElement e : b.exports()) {
                for (String pkg : e.getValueComponents()) {
                    exporter.put(pkg, b.symbolicName());
                    if (!isInternal(pkg)) {
                        continue;
                    }
                    String friends = e.getDirective("x-friends");
                    boolean hidden = "true".equals(e.getDirective("x-internal"));
                    if (friends == null && !hidden) {
                        violations.add(b.where() + ": exports " + pkg + " to every bundle (add x-internal:=true)");
                    }
                    if (friends != null) {
                        for (String friend : friends.split(",")) {
                            if (!friend.strip().equals(b.symbolicName() + ".tests")) {
                                violations.add(b.where() + ": exports " + pkg + " to " + friend.strip() + " (x-friends)");
                            }
                        }
                    }
                }
            }
        }
        for (Bundle b : bundles.values()) {
            for (String pkg : names(b.imports())) {
                String owner = exporter.get(pkg);
                if (isInternal(pkg) && !b.symbolicName().equals(owner) && !(owner != null && owner.equals(b.fragmentHost()))) {
                    violations.add(b.where() + ": Import-Package " + pkg + (owner == null ? "" : " (internal to " + owner + ")"));
                }
            }
        }
        report(violations, "(b) no access to another bundle's *.internal package (x-friends only for its own .tests fragment)");
    }

    /** The names in a header's clauses (a clause may name several packages: {@code a;b;version=1}). */
    private static List<String> names(ManifestElement[] clauses) {
        List<String> out = new ArrayList<>();
        for (ManifestElement e : clauses) {
            out.addAll(List.of(e.getValueComponents()));
        }
        return out;
    }

    private static boolean isInternal(String packageName) {
        return packageName.endsWith(".internal") || packageName.contains(".internal.");
    }

    /** Rule (c): every exported package carries a version. */
    @Test
    void everyExportedPackageHasAVersion() {
        List<String> violations = new ArrayList<>();
        for (Bundle b : bundles.values()) {
            for (ManifestElement e : b.exports()) {
                if (e.getAttribute(Constants.VERSION_ATTRIBUTE) == null) {
                    for (String pkg : e.getValueComponents()) {
                        violations.add(b.where() + ": Export-Package " + pkg + " has no version");
                    }
                }
            }
        }
        report(violations, "(c) every exported package has a version= attribute");
    }
}
