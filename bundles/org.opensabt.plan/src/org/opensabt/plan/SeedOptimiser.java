package org.opensabt.plan;

/**
 * A seed optimiser, registered as an OSGi service: given candidate positions with precomputed dose
 * kernels, choose which to load. The built-in one ({@code greedy-annealing}, bundle
 * {@code org.opensabt.plan.optimiser}) can be replaced by a plug-in (an LP/MILP solver, say); find one
 * with {@link SeedOptimisers}.
 */
public interface SeedOptimiser {

    /** Short identifier, e.g. "greedy-annealing". */
    String id();

    String description();

    /**
     * Chooses the seeds. Must be deterministic for a fixed {@link SelectionProblem#randomSeed()}, report
     * progress and poll {@link PlanMonitor#isCancelled()}.
     *
     * @throws PlanningException when cancelled
     */
    Selection optimise(SelectionProblem problem, PlanMonitor monitor) throws PlanningException;
}
