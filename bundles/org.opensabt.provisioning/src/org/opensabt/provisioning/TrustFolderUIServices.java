package org.opensabt.provisioning;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import org.bouncycastle.openpgp.PGPPublicKey;
import org.eclipse.equinox.p2.core.UIServices;
import org.eclipse.equinox.p2.metadata.IArtifactKey;
import org.eclipse.equinox.p2.repository.artifact.spi.IArtifactUIServices;

/**
 * p2's trust decisions made from the installation's {@code trust/} folder, so that the workbench's
 * Install and Update dialogs accept exactly what {@code opensabt features install} accepts. p2's
 * certificate checker asks this service about every signer it does not already trust and about
 * unsigned content: signers whose certificate is in {@code trust/} are trusted (for this change only;
 * nothing is persisted into p2's own trust store), everything else is refused, and the refusal is
 * explained to the user instead of offered as a yes/no prompt. As on the command line, an unsigned
 * feature jar (only its feature.xml, no code) is accepted; an unsigned bundle never. Password prompts for sites are left
 * to the UI service it replaces (when there is one).
 */
public final class TrustFolderUIServices extends UIServices implements IArtifactUIServices {

    /** p2's artifact classifier of feature jars. */
    private static final String FEATURE = "org.eclipse.update.feature";

    private final Supplier<TrustStore> trust;
    private final UIServices delegate;
    private volatile String lastRefusal;

    /**
     * @param trust    the trusted certificates, read at each decision (so {@code features trust add} takes effect at once)
     * @param delegate the UI service this one stands in front of (p2's dialogs in the workbench), or null
     */
    public TrustFolderUIServices(Supplier<TrustStore> trust, UIServices delegate) {
        this.trust = trust;
        this.delegate = delegate;
    }

    /** The trust store of the installation at {@code installFolder} ({@code trust/}); unreadable: trusts nothing. */
    public static Supplier<TrustStore> of(Path installFolder) {
        return () -> {
            try {
                return TrustStore.load(installFolder.resolve("trust"), List.of());
            } catch (IOException e) {
                try {
                    return TrustStore.load(null, List.of());
                } catch (IOException impossible) {
                    throw new IllegalStateException(impossible);
                }
            }
        };
    }

    @Override
    public TrustInfo getTrustInfo(Map<List<Certificate>, Set<IArtifactKey>> untrustedCertificates,
            Map<PGPPublicKey, Set<IArtifactKey>> untrustedPGPKeys, Set<IArtifactKey> unsignedArtifacts, Map<IArtifactKey, File> artifacts) {
        TrustStore store = trust.get();
        List<Certificate> trusted = new ArrayList<>();
        Set<String> refused = new TreeSet<>();
        untrustedCertificates.forEach((chain, keys) -> {
            Certificate signer = chain.isEmpty() ? null : chain.get(0);
            if (signer instanceof X509Certificate x509 && store.trusts(x509)) {
                trusted.add(signer);
            } else {
                String who = signer instanceof X509Certificate x509
                        ? x509.getSubjectX500Principal().getName() + " (SHA-256 " + TrustStore.fingerprint(x509) + ")"
                        : "an unknown signer";
                keys.forEach(k -> refused.add(k.getId() + " " + k.getVersion() + ": signed by " + who + ", not a trusted signer"));
            }
        });
        untrustedPGPKeys.forEach((key, keys) -> keys.forEach(k -> refused.add(k.getId() + " " + k.getVersion() + ": PGP signature only, not accepted")));
        unsignedArtifacts.stream().filter(k -> !FEATURE.equals(k.getClassifier()))
                .forEach(k -> refused.add(k.getId() + " " + k.getVersion() + ": not signed"));
        if (!refused.isEmpty()) {
            lastRefusal = "Nothing was installed. These bundles are not signed by a signer this installation trusts:\n  "
                    + String.join("\n  ", refused) + "\nTrusted signers are the certificates in the installation's trust/ folder ("
                    + (store.isEmpty() ? "none yet" : String.join(", ", store.sources()))
                    + "); an administrator adds one with: opensabt features trust add CERT";
            if (delegate != null) {
                delegate.showInformationMessage("Untrusted software refused", lastRefusal, null);
            }
        }
        // trusted signers for this change only; unsigned feature jars only when nothing else is refused
        // (p2 has one switch for all unsigned content); nothing persisted, no "trust always"
        return new TrustInfo(trusted, List.of(), false, refused.isEmpty(), false);
    }

    @Override
    public TrustInfo getTrustInfo(Certificate[][] untrustedChains, String[] unsignedDetail) {
        return getTrustInfo(untrustedChains, List.of(), unsignedDetail);
    }

    @Override
    public TrustInfo getTrustInfo(Certificate[][] untrustedChains, Collection<PGPPublicKey> untrustedPGPKeys, String[] unsignedDetail) {
        TrustStore store = trust.get();
        List<Certificate> trusted = new ArrayList<>();
        if (untrustedChains != null) {
            for (Certificate[] chain : untrustedChains) {
                if (chain.length > 0 && chain[0] instanceof X509Certificate x509 && store.trusts(x509)) {
                    trusted.add(chain[0]);
                }
            }
        }
        return new TrustInfo(trusted, List.of(), false, false, false);
    }

    /** The explanation of the last refusal (null if none), for tests and logs. */
    public String lastRefusal() {
        return lastRefusal;
    }

    @Override
    public AuthenticationInfo getUsernamePassword(String location) {
        return delegate == null ? null : delegate.getUsernamePassword(location);
    }

    @Override
    public AuthenticationInfo getUsernamePassword(String location, AuthenticationInfo previousInfo) {
        return delegate == null ? null : delegate.getUsernamePassword(location, previousInfo);
    }

    @Override
    public void showInformationMessage(String title, String text, String linkText) {
        if (delegate != null) {
            delegate.showInformationMessage(title, text, linkText);
        }
    }
}
