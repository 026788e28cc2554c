package nl.ivbplanner.support;

import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/** The request mapping behind an address, so that crawlers can visit a few pages of each route rather than all. */
public final class Routes {

    private Routes() {}

    /** The most specific request mapping pattern that serves this path, or the path itself when none does. */
    public static String of(RequestMappingHandlerMapping mappings, String path, RequestMethod method) {
        PathContainer container = PathContainer.parsePath(path);
        return mappings.getHandlerMethods().keySet().stream()
                .filter(info -> info.getMethodsCondition().getMethods().isEmpty()
                        || info.getMethodsCondition().getMethods().contains(method))
                .flatMap(info -> info.getPatternValues().stream())
                .filter(pattern ->
                        PathPatternParser.defaultInstance.parse(pattern).matches(container))
                .min((a, b) -> PathPattern.SPECIFICITY_COMPARATOR.compare(
                        PathPatternParser.defaultInstance.parse(a), PathPatternParser.defaultInstance.parse(b)))
                .orElse(path);
    }
}
