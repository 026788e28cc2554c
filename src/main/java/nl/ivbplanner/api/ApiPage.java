package nl.ivbplanner.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * One page of a list, as every list of the API answers it; a page beyond the end is empty, with the total. The answer
 * links the next and the previous page where they exist (RFC 8288 {@code Link}), so a client pages on without
 * building addresses.
 */
public record ApiPage<T>(
        @Schema(description = "De resultaten op deze pagina; leeg voorbij de laatste pagina")
        List<T> resultaten,

        @Schema(description = "Het nummer van deze pagina, vanaf 1", minimum = "1")
        int pagina,

        @Schema(description = "Het aantal resultaten per pagina", minimum = "1", maximum = "100")
        int paginaGrootte,

        @Schema(description = "Het aantal resultaten op alle pagina's samen", minimum = "0")
        long totaal) {

    /** The page as the answer to the current request, with its links to the next and previous page. */
    public ResponseEntity<ApiPage<T>> answer() {
        List<String> links = new ArrayList<>();
        long lastPage = Math.max(1, (totaal + paginaGrootte - 1) / paginaGrootte);
        if (pagina < lastPage) {
            links.add(link(pagina + 1, "next"));
        }
        if (pagina > 1) {
            links.add(link(Math.min(pagina - 1, lastPage), "prev"));
        }
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok();
        if (!links.isEmpty()) {
            answer.header(HttpHeaders.LINK, String.join(", ", links));
        }
        return answer.body(this);
    }

    /**
     * Relative (RFC 8288 resolves it against the request): the Host header a client sends never ends up in an answer
     * that a shared cache might keep for others.
     */
    private static String link(long page, String relation) {
        UriComponents current = ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam(Paging.PAGE, page)
                .build();
        String address = UriComponentsBuilder.newInstance()
                .path(current.getPath())
                .query(current.getQuery())
                .build()
                .toUriString();
        return "<" + address + ">; rel=\"" + relation + "\"";
    }
}
