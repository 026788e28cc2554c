package nl.ivbplanner.framework;

import java.util.List;
import nl.ivbplanner.web.PathAddressBinding;
import org.springframework.stereotype.Component;

/** Binds a {@link FrameworkAddress} parameter from the path's municipality and framework. */
@Component
final class FrameworkAddressBinding extends PathAddressBinding<FrameworkAddress> {

    FrameworkAddressBinding() {
        super(
                FrameworkAddress.class,
                List.of("municipality", "framework"),
                path -> new FrameworkAddress(path.get("municipality"), path.get("framework")));
    }
}
