package nl.ivbplanner.evaluation;

/** When a verdict was given; an interim status never overwrites the year-end verdict. */
public enum EvaluationMoment {
    YEAR_END,
    INTERIM
}
