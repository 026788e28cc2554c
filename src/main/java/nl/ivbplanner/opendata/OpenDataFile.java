package nl.ivbplanner.opendata;

import java.util.List;

/**
 * A file of a municipality's open data: its name, which its addresses ({@code <name>.csv}, {@code <name>.json}) and
 * the Data Package use, its fields in order, and the field that names a record once (none where no field does). Its
 * Dutch title and description are the messages {@code opendata.file.<name>} and {@code ...<name>.description}.
 */
record OpenDataFile<R>(String name, List<Field<R>> fields, String primaryKey) {

    static final OpenDataFile<ActivityRecord> ACTIVITIES =
            new OpenDataFile<>("activiteiten", ActivityRecord.FIELDS, "activiteit_id");

    /** A KPI without measurements has an empty meting_id, so no field names a record once. */
    static final OpenDataFile<KpiRow> KPIS = new OpenDataFile<>("kpis", KpiRow.FIELDS, null);

    /** In the order the page and the Data Package list them. */
    static final List<OpenDataFile<?>> ALL = List.of(ACTIVITIES, KPIS);

    /** Public, as the page's template calls it (SpEL finds public methods only). */
    public String titleKey() {
        return "opendata.file." + name;
    }

    public String descriptionKey() {
        return titleKey() + ".description";
    }

    public String csv() {
        return name + ".csv";
    }

    public String json() {
        return name + ".json";
    }
}
