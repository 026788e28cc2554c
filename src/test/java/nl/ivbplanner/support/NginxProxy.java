package nl.ivbplanner.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Debian's nginx in front of application instances, as docker-compose's nginx service (deploy/nginx.conf): round robin,
 * a request that cannot reach an instance goes to the next, X-Forwarded headers. Started as a process of its own with
 * everything (configuration, logs, pid, temporary files) in one directory. Every answer says which instance served it,
 * in the header {@link #SERVED_BY}, and the access log has the same for each request.
 */
public final class NginxProxy implements AutoCloseable {

    public static final Path NGINX = Path.of("/usr/sbin/nginx");

    /** The instance (its address, 127.0.0.1:port) that answered; several, comma-separated, when one failed first. */
    public static final String SERVED_BY = "X-Served-By";

    private final Path directory;
    private final int port;
    private final Process process;

    private NginxProxy(Path directory, int port, Process process) {
        this.directory = directory;
        this.port = port;
        this.process = process;
    }

    /** Starts nginx on a free port of 127.0.0.1 before the instances on these ports; fails when nginx is missing. */
    public static NginxProxy start(Path directory, List<Integer> instancePorts)
            throws IOException, InterruptedException {
        assertThat(NGINX)
                .as("this test needs Debian's nginx at %s: apt-get install nginx (.ci/run installs it)", NGINX)
                .isExecutable();
        int port = freePort();
        Path configuration = directory.resolve("nginx.conf");
        Files.writeString(configuration, configuration(directory, port, instancePorts));
        Process process = new ProcessBuilder(
                        NGINX.toString(), "-p", directory.toString(), "-c", configuration.toString(), "-e", "stderr")
                .redirectErrorStream(true)
                .redirectOutput(directory.resolve("nginx.out").toFile())
                .start();
        NginxProxy proxy = new NginxProxy(directory, port, process);
        proxy.awaitListening();
        return proxy;
    }

    public int port() {
        return port;
    }

    /** The access log: per request its method, path, status and the instance(s) nginx passed it to. */
    public List<String> accessLog() throws IOException {
        Path log = directory.resolve("access.log");
        return Files.exists(log) ? Files.readAllLines(log) : List.of();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }

    static String configuration(Path directory, int port, List<Integer> instancePorts) {
        String servers = instancePorts.stream()
                .map(instance -> "        server 127.0.0.1:" + instance + " max_fails=1 fail_timeout=10s;")
                .collect(Collectors.joining("\n"));
        // as root, nginx's workers would otherwise run as 'nobody', who cannot write into this private directory
        String user = "root".equals(System.getProperty("user.name")) ? "user root;\n" : "";
        return user + """
                daemon off;
                worker_processes 1;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log warn;
                events { worker_connections 128; }
                http {
                    client_body_temp_path %1$s/client_body;
                    proxy_temp_path %1$s/proxy;
                    fastcgi_temp_path %1$s/fastcgi;
                    uwsgi_temp_path %1$s/uwsgi;
                    scgi_temp_path %1$s/scgi;
                    log_format upstreams '$request_method $request_uri $status $upstream_addr';
                    access_log %1$s/access.log upstreams;
                    upstream app {
                %2$s
                    }
                    server {
                        listen 127.0.0.1:%3$d;
                        client_max_body_size 101m;
                        location / {
                            proxy_pass http://app;
                            # HTTP/1.0 (nginx's default) has no relative redirects: Tomcat would make them absolute
                            proxy_http_version 1.1;
                            proxy_set_header Host $http_host;
                            proxy_set_header X-Forwarded-Host $http_host;
                            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                            proxy_set_header X-Forwarded-Proto $scheme;
                            proxy_connect_timeout 2s;
                            # an instance that is stopped or stopping refuses the connection: the request goes to the
                            # next one (a POST too, as it never reached the first)
                            proxy_next_upstream error timeout http_502 http_503;
                            add_header %4$s $upstream_addr always;
                        }
                    }
                }
                """.formatted(directory, servers, port, SERVED_BY);
    }

    private void awaitListening() throws IOException, InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(until)) {
            assertThat(process.isAlive())
                    .as("nginx stopped: %s", Files.readString(directory.resolve("nginx.out"), StandardCharsets.UTF_8))
                    .isTrue();
            try (Socket socket = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        throw new IllegalStateException("nginx did not listen on port " + port + " within 10 s");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
