package nl.ivbplanner.activity.web;

import java.util.List;
import java.util.Map;
import nl.ivbplanner.activity.ActivityAddress;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Binds an {@link ActivityAddress} parameter (of a handler or a model attribute method) from the path's municipality
 * and id, as {@code PlanAddress} is bound below a plan. An id that is not a number was not made by the app: 400.
 */
@Configuration(proxyBeanMethods = false)
class ActivityAddressBinding implements HandlerMethodArgumentResolver, WebMvcConfigurer {

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == ActivityAddress.class;
    }

    @Override
    public ActivityAddress resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
            NativeWebRequest request, WebDataBinderFactory binders) {
        @SuppressWarnings("unchecked")
        Map<String, String> variables = (Map<String, String>) request.getAttribute(
                HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (variables == null || !variables.keySet().containsAll(List.of("municipality", "id"))) {
            throw new IllegalStateException(parameter.getExecutable() + " takes an ActivityAddress but its path has none");
        }
        try {
            return new ActivityAddress(variables.get("municipality"), Long.parseLong(variables.get("id")));
        } catch (NumberFormatException notAnId) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "id is not a number");
        }
    }
}
