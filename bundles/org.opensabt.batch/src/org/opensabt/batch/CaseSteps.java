package org.opensabt.batch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/** The {@link CaseStep} services of the running OSGi framework, chosen by id. */
public final class CaseSteps {

    private CaseSteps() {
    }

    /** All registered steps, highest service ranking first; empty outside a framework. */
    public static List<CaseStep> all() {
        Bundle bundle = FrameworkUtil.getBundle(CaseSteps.class);
        BundleContext context = bundle == null ? null : bundle.getBundleContext();
        List<CaseStep> found = new ArrayList<>();
        if (context == null) {
            return found;
        }
        try {
            List<ServiceReference<CaseStep>> refs = new ArrayList<>(context.getServiceReferences(CaseStep.class, null));
            refs.sort(Comparator.reverseOrder());
            for (ServiceReference<CaseStep> ref : refs) {
                CaseStep step = context.getService(ref);
                if (step != null) {
                    found.add(step);
                }
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e); // no filter is given
        }
        return found;
    }

    /**
     * The step with this id (case ignored).
     *
     * @throws IllegalArgumentException one line naming the id and listing the installed steps
     */
    public static CaseStep find(String id) {
        List<CaseStep> steps = all();
        for (CaseStep step : steps) {
            if (step.id().equalsIgnoreCase(id.strip())) {
                return step;
            }
        }
        throw new IllegalArgumentException("no batch step \"" + id + "\" is installed (installed: "
                + (steps.isEmpty() ? "none; install org.opensabt.plan.feature" : steps.stream().map(CaseStep::id).toList()) + ")");
    }
}
