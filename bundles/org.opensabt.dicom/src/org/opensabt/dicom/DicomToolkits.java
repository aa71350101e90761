package org.opensabt.dicom;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/** Finds the {@link DicomToolkit} service (the highest-ranked one when several are installed). */
public final class DicomToolkits {

    private DicomToolkits() {
    }

    /** The toolkit; the message says which feature to install when there is none. */
    public static DicomToolkit get() {
        Bundle bundle = FrameworkUtil.getBundle(DicomToolkits.class);
        BundleContext context = bundle == null ? null : bundle.getBundleContext();
        if (context != null) {
            ServiceReference<DicomToolkit> ref = context.getServiceReference(DicomToolkit.class);
            DicomToolkit toolkit = ref == null ? null : context.getService(ref);
            if (toolkit != null) {
                return toolkit;
            }
        }
        throw new IllegalStateException("no DICOM toolkit is installed (install org.opensabt.dicom.feature, which brings the PixelMed one)");
    }
}
