package nl.ivbplanner.kpi;

/** A KPI with a number to compare against its target, or a milestone stated in words. */
public enum KpiKind {
    NUMERIC,
    MILESTONE
}
