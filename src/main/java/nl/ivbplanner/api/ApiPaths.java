package nl.ivbplanner.api;

import nl.ivbplanner.web.PageAddress;

/**
 * The API's addresses. Below {@link #V1} a resource has the address of the page that shows it, so every answer can
 * name the address of what it links to with the pages' own address types.
 */
public final class ApiPaths {

    public static final String V1 = "/api/v1";

    private ApiPaths() {}

    /** The API's address of what the page at {@code page} shows. */
    public static String of(PageAddress page) {
        return V1 + page.url();
    }

    public static String municipality(String slug) {
        return V1 + "/gemeenten/" + slug;
    }
}
