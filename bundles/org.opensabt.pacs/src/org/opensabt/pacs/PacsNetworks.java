package org.opensabt.pacs;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.opensabt.pacs.PacsException.Reason;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/** Finds the installed {@link PacsNetwork} services, by id or the highest-ranked one. */
public final class PacsNetworks {

    private PacsNetworks() {
    }

    /** Every installed toolkit, highest service ranking first. */
    public static List<PacsNetwork> all() {
        Bundle bundle = FrameworkUtil.getBundle(PacsNetworks.class);
        BundleContext context = bundle == null ? null : bundle.getBundleContext();
        List<PacsNetwork> found = new ArrayList<>();
        if (context == null) {
            return found;
        }
        try {
            Collection<ServiceReference<PacsNetwork>> refs = context.getServiceReferences(PacsNetwork.class, null);
            refs.stream().sorted((a, b) -> b.compareTo(a)).forEach(ref -> {
                PacsNetwork n = context.getService(ref);
                if (n != null) {
                    found.add(n);
                }
            });
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        return found;
    }

    /** The toolkit with this id (null: the highest-ranked); the refusal lists the installed ones. */
    public static PacsNetwork get(String id) throws PacsException {
        List<PacsNetwork> all = all();
        if (all.isEmpty()) {
            throw new PacsException(Reason.BAD_INPUT, "no DICOM network toolkit is installed (install org.opensabt.pacs.feature, which brings the PixelMed one)");
        }
        if (id == null || id.isBlank()) {
            return all.get(0);
        }
        for (PacsNetwork n : all) {
            if (n.id().equals(id)) {
                return n;
            }
        }
        throw new PacsException(Reason.BAD_INPUT, "no DICOM network toolkit \"" + id + "\" is installed (installed: " + all.stream().map(PacsNetwork::id).toList() + ")");
    }
}
