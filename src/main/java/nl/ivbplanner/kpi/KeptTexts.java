package nl.ivbplanner.kpi;

/**
 * A KPI's baseline and target as the source document printed them when they were no plain number ('PM', '> 80%').
 * They stay as long as the user leaves them unchanged in the form; anything newly typed must be a number.
 */
record KeptTexts(String baseline, String target) {

    static final KeptTexts NONE = new KeptTexts(null, null);

    static KeptTexts of(Kpi kpi) {
        return new KeptTexts(kpi.getBaselineText(), kpi.getTargetText());
    }
}
