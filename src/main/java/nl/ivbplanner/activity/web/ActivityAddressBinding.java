package nl.ivbplanner.activity.web;

import java.util.List;
import nl.ivbplanner.activity.ActivityAddress;
import nl.ivbplanner.web.PathAddressBinding;
import org.springframework.stereotype.Component;

/**
 * Binds an {@link ActivityAddress} parameter (of a handler or a model attribute method) from the path's municipality
 * and id, as {@code PlanAddress} is bound below a plan.
 */
@Component
final class ActivityAddressBinding extends PathAddressBinding<ActivityAddress> {

    ActivityAddressBinding() {
        super(
                ActivityAddress.class,
                List.of("municipality", "id"),
                path -> new ActivityAddress(path.get("municipality"), Long.parseLong(path.get("id"))));
    }
}
