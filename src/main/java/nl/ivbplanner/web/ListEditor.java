package nl.ivbplanner.web;

import nl.ivbplanner.common.Positions.Direction;

/**
 * The use cases behind a list that users edit row by row (see {@link ListEditorController}). A is the address of
 * the list (a plan's, a framework's), F the form of one row. Every use case checks access to the address itself.
 */
public interface ListEditor<A, F> {

    /** What the list page shows. */
    Object page(A address);

    /** What the add and edit forms offer to choose from. */
    Object choices(A address);

    /** The form to add a row, under the given parent row where the list has a hierarchy (else it is ignored). */
    F emptyForm(Long parentId);

    /** The stored row as a form. */
    F form(A address, long id);

    /** Returns the new row's id. */
    long add(A address, F form);

    void save(A address, long id, F form);

    /** What the delete page asks about. */
    Object deletePage(A address, long id);

    /** May refuse with {@link nl.ivbplanner.common.DeleteRefusedException}. */
    void delete(A address, long id);

    void move(A address, long id, Direction direction);
}
