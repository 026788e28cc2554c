package nl.ivbplanner.plan.web;

import java.util.List;
import java.util.Map;
import nl.ivbplanner.plan.PlanAddress;
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
 * Binds a {@link PlanAddress} parameter from the path's municipality, framework and year, so handlers below a plan
 * take one argument instead of three. A year that is not a number was not made by the app: 400, as for any path
 * variable that does not convert.
 */
final class PlanAddressBinding implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == PlanAddress.class;
    }

    @Override
    public PlanAddress resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
            NativeWebRequest request, WebDataBinderFactory binders) {
        PlanAddress address = of(request);
        if (address == null) {
            throw new IllegalStateException(parameter.getExecutable() + " takes a PlanAddress but its path has none");
        }
        return address;
    }

    /** The plan address of the request's path, or null where the path is not below a plan. */
    static PlanAddress of(NativeWebRequest request) {
        @SuppressWarnings("unchecked")
        Map<String, String> variables = (Map<String, String>) request.getAttribute(
                HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (variables == null || !variables.keySet().containsAll(List.of("municipality", "framework", "year"))) {
            return null;
        }
        try {
            return new PlanAddress(variables.get("municipality"), variables.get("framework"),
                    Integer.parseInt(variables.get("year")));
        } catch (NumberFormatException notAYear) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "year is not a number");
        }
    }
}
