package org.opensabt.dose;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.opensabt.dose.cases.DoseInputException;
import org.opensabt.dose.source.SeedSource;

/** Dose rate per unit air-kerma strength of one seed at points of its own frame (what `opensabt tg43` prints). */
public final class PointDose {

    /**
     * @param engineId null: the preferred engine ({@link DoseEngines#preferredId()})
     * @param pointsCm points (x, y, z) in cm in the seed frame: centre at the origin, seed axis along z
     */
    public record Request(String engineId, SeedSource source, KernelOptions options, List<double[]> pointsCm) {
        public Request {
            pointsCm = List.copyOf(pointsCm);
        }
    }

    /**
     * @param doseRateCGyPerHourPerU one value per requested point, in its order
     * @param clampedPoints          points closer than {@code clampRadiusCm} to the centre (they get the value at that radius)
     */
    public record Result(String engineId, double[] doseRateCGyPerHourPerU, double clampRadiusCm, int clampedPoints) {
    }

    private PointDose() {
    }

    /** @throws DoseInputException when the engine is not installed (the message lists the installed ones) */
    public static Result compute(Request request, IProgressMonitor monitor) throws DoseInputException {
        SubMonitor progress = SubMonitor.convert(monitor, "Dose rate at " + request.pointsCm().size() + " points", request.pointsCm().size());
        DoseEngine engine = org.opensabt.dose.cases.CaseDose.engine(request.engineId());
        DoseRateKernel kernel = engine.kernel(request.source(), request.options());
        double[] rates = new double[request.pointsCm().size()];
        int clamped = 0;
        for (int i = 0; i < rates.length; i++) {
            if (i % 1024 == 0 && progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            double[] p = request.pointsCm().get(i);
            if (Math.sqrt(p[0] * p[0] + p[1] * p[1] + p[2] * p[2]) < kernel.clampRadiusCm()) {
                clamped++;
            }
            rates[i] = kernel.doseRateCGyPerHourPerU(p[0], p[1], p[2]);
            progress.worked(1);
        }
        return new Result(engine.id(), rates, kernel.clampRadiusCm(), clamped);
    }
}
