package nl.ivbplanner.web;

/** Where a page is (a plan's, a framework's, an activity's): the one place the URLs below it are built. */
public interface PageAddress {

    /** The page itself. */
    String url();

    /** A page below it, such as {@code begroting}, {@code themas} or {@code partners/3/omhoog}. */
    default String url(String below) {
        return url() + "/" + below;
    }
}
