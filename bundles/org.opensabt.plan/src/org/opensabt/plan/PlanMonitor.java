package org.opensabt.plan;

/** Progress and cancellation of a planning run (the CLI prints progress; the workbench shows it and can cancel). */
public interface PlanMonitor {

    /** One line of progress, e.g. "anneal: 40 % (52 seeds)". */
    void progress(String line);

    /** Polled between steps; a cancelled run ends with a {@link PlanningException} and returns no plan. */
    default boolean isCancelled() {
        return false;
    }

    static PlanMonitor of(java.util.function.Consumer<String> lines) {
        return lines::accept;
    }

    PlanMonitor SILENT = line -> { };
}
