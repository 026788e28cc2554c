package nl.ivbplanner.narrative;

import nl.ivbplanner.web.PageAddress;

/**
 * The texts pages' owner in the model as {@code sectionsOwner}: its page (for the links) and its kind (for the
 * words that name it), so one set of templates serves plans and frameworks.
 */
record SectionsAddress(PageAddress owner, SectionOwner.Kind kind) implements PageAddress {

    @Override
    public String url() {
        return owner.url();
    }

    public String key(String name) {
        return kind.key(name);
    }

    public String backKey() {
        return kind.backKey();
    }
}
