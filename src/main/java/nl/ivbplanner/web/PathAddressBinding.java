package nl.ivbplanner.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Binds a handler parameter of an address type (a plan's, a framework's, an activity's) from the path variables it
 * is made of, so handlers take one argument instead of several. Each feature declares its address's binding as a
 * bean; {@link WebConfiguration} registers them all. A number in the path that is not a number was not made by the
 * app: 400, as for any path variable that does not convert.
 */
public class PathAddressBinding<A> implements HandlerMethodArgumentResolver {

    private final Class<A> type;
    private final List<String> variables;
    private final Function<Map<String, String>, A> address;

    protected PathAddressBinding(Class<A> type, List<String> variables, Function<Map<String, String>, A> address) {
        this.type = type;
        this.variables = variables;
        this.address = address;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == type;
    }

    @Override
    public A resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer container,
            NativeWebRequest request,
            WebDataBinderFactory binders) {
        A found = of(request);
        if (found == null) {
            throw new IllegalStateException(
                    parameter.getExecutable() + " takes a " + type.getSimpleName() + " but its path has none");
        }
        return found;
    }

    /** The address in the request's path, or null where the path does not have all of its variables. */
    public A of(NativeWebRequest request) {
        @SuppressWarnings("unchecked")
        Map<String, String> path = (Map<String, String>)
                request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (path == null || !path.keySet().containsAll(variables)) {
            return null;
        }
        try {
            return address.apply(path);
        } catch (NumberFormatException notANumber) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "path variable is not a number");
        }
    }
}
