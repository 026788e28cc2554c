package nl.ivbplanner.budget;

/** A plan's budget or formation tables, which users list, add, rename and remove in the same way. */
interface PlanTables {

    /** The part of the plan these tables are, as in its address: 'begroting' or 'formatie'. */
    String part();

    PlanParts.TablesPage<?> page(String municipalitySlug, String frameworkSlug, int year);

    PlanParts.TableContext context(String municipalitySlug, String frameworkSlug, int year, Long tableId);

    long add(String municipalitySlug, String frameworkSlug, int year, TableForm form);

    void rename(String municipalitySlug, String frameworkSlug, int year, long tableId, TableForm form);

    void delete(String municipalitySlug, String frameworkSlug, int year, long tableId);
}
