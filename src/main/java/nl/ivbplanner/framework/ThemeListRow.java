package nl.ivbplanner.framework;

/** A theme as listed on the themes page. */
record ThemeListRow(long id, Long parentId, String code, String name, String kind, Short kernbeleidField) {

    public String label() {
        return code == null ? name : code + ". " + name;
    }
}
