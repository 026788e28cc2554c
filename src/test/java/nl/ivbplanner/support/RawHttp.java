package nl.ivbplanner.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * An HTTP/1.1 request written byte for byte to the test's server, for what a client library refuses or repairs: an
 * encoded slash, '..;', invalid UTF-8 in the address, a Host header of one's choosing.
 */
public final class RawHttp {

    private RawHttp() {}

    /** Sends {@code GET path} with the given extra header lines (each 'Name: value'). */
    public static Response get(int port, String path, String... headers) throws IOException {
        StringBuilder request = new StringBuilder("GET " + path + " HTTP/1.1\r\n");
        boolean host = false;
        for (String header : headers) {
            request.append(header).append("\r\n");
            host |= header.toLowerCase(Locale.ROOT).startsWith("host:");
        }
        if (!host) {
            request.append("Host: localhost\r\n");
        }
        request.append("Connection: close\r\n\r\n");
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            in.transferTo(bytes);
            return Response.parse(bytes.toString(StandardCharsets.UTF_8));
        }
    }

    /** Status, headers (names in lower case; repeated ones joined by '\n') and body (chunks left as they came). */
    public record Response(int status, Map<String, String> headers, String body) {

        static Response parse(String raw) {
            int end = raw.indexOf("\r\n\r\n");
            String[] lines = raw.substring(0, end).split("\r\n");
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                String[] header = lines[i].split(":\\s*", 2);
                headers.merge(
                        header[0].toLowerCase(Locale.ROOT), header.length > 1 ? header[1] : "", (a, b) -> a + "\n" + b);
            }
            return new Response(Integer.parseInt(lines[0].split(" ")[1]), headers, raw.substring(end + 4));
        }

        public String header(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), "");
        }
    }
}
