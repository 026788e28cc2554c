package nl.ivbplanner.publication;

/**
 * Who a version's rendering is for. Anyone may read the public one, which leaves out the sections marked 'niet
 * openbaar'; the council's, with those sections, is only stored when the document has one, and only served to readers
 * who may see the municipality.
 */
public enum Audience {
    PUBLIC,
    COUNCIL
}
