package nl.ivbplanner.kpi;

/** How a measured value is held against the target ('ten minste', 'maximaal', ...). */
public enum Comparator {
    AT_LEAST,
    AT_MOST,
    EQUAL,
    INCREASE,
    DECREASE
}
