package nl.ivbplanner.support;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.Cookie;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.SmartRequestBuilder;

/**
 * MockMvc as one browser: it keeps the session cookie that a response sets and sends it with the next request, as a
 * browser does. Sessions are in PostgreSQL (Spring Session JDBC), where a MockHttpSession passed to a request is never
 * looked at: a test that signs in and goes on as that user, or that reads pages as a browser that already has its
 * session, uses this.
 */
public final class KeptSession {

    /** Spring Session's cookie (application.properties keeps its SameSite, HttpOnly and Secure settings). */
    public static final String COOKIE = "SESSION";

    private final MockMvc mvc;
    private Cookie cookie;

    public KeptSession(MockMvc mvc) {
        this.mvc = mvc;
    }

    public ResultActions perform(RequestBuilder request) throws Exception {
        ResultActions result = mvc.perform(withCookie(request));
        Cookie issued = result.andReturn().getResponse().getCookie(COOKIE);
        if (issued != null) {
            cookie = issued.getMaxAge() == 0 ? null : issued;
        }
        return result;
    }

    /** The session's id as the database has it (the cookie holds it Base64-encoded), or null before the first one. */
    public String id() {
        return cookie == null ? null : new String(java.util.Base64.getDecoder().decode(cookie.getValue()));
    }

    private RequestBuilder withCookie(RequestBuilder request) {
        return new SmartRequestBuilder() {
            @Override
            public MockHttpServletRequest buildRequest(ServletContext servletContext) {
                MockHttpServletRequest built = request.buildRequest(servletContext);
                if (cookie != null) {
                    List<Cookie> cookies =
                            new ArrayList<>(built.getCookies() == null ? List.of() : Arrays.asList(built.getCookies()));
                    cookies.add(cookie);
                    built.setCookies(cookies.toArray(Cookie[]::new));
                }
                return built;
            }

            @Override
            public MockHttpServletRequest postProcessRequest(MockHttpServletRequest built) {
                return request instanceof SmartRequestBuilder smart ? smart.postProcessRequest(built) : built;
            }
        };
    }
}
