package nl.ivbplanner.plan.web;

import java.util.List;
import nl.ivbplanner.plan.PlanAddress;
import nl.ivbplanner.web.PathAddressBinding;
import org.springframework.stereotype.Component;

/** Binds a {@link PlanAddress} parameter from the path's municipality, framework and year. */
@Component
final class PlanAddressBinding extends PathAddressBinding<PlanAddress> {

    PlanAddressBinding() {
        super(
                PlanAddress.class,
                List.of("municipality", "framework", "year"),
                path -> new PlanAddress(
                        path.get("municipality"), path.get("framework"), Integer.parseInt(path.get("year"))));
    }
}
