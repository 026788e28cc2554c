package nl.ivbplanner.api;

import java.util.List;

/**
 * Which page of a list the client asks for: every list of the API pages the same way, with the query parameters
 * {@code pagina} (from 1) and {@code paginaGrootte} (1 to {@value #MOST}). A value outside those bounds is refused (400)
 * rather than quietly corrected, so a client never mistakes a page it did not ask for for the one it did.
 */
public record Paging(int pagina, int paginaGrootte) {

    public static final String PAGE = "pagina";
    public static final String SIZE = "paginaGrootte";
    public static final String FIRST = "1";
    public static final String DEFAULT_SIZE = "20";
    public static final int MOST = 100;

    public Paging {
        if (pagina < 1) {
            throw new BadParameterException(PAGE);
        }
        if (paginaGrootte < 1 || paginaGrootte > MOST) {
            throw new BadParameterException(SIZE);
        }
    }

    /** The rows before this page; a long, as a page far beyond the end multiplies past an int. */
    public long offset() {
        return (long) (pagina - 1) * paginaGrootte;
    }

    public <T> ApiPage<T> of(List<T> results, long total) {
        return new ApiPage<>(results, pagina, paginaGrootte, total);
    }
}
