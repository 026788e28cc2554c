package nl.ivbplanner.plan.web;

import nl.ivbplanner.plan.PlanAddress;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.context.request.NativeWebRequest;

/** Every page below a plan has its address in the model as {@code planAddress}, for its links and form actions. */
@ControllerAdvice
class PlanAddressAdvice {

    private final PlanAddressBinding binding;

    PlanAddressAdvice(PlanAddressBinding binding) {
        this.binding = binding;
    }

    @ModelAttribute("planAddress")
    PlanAddress planAddress(NativeWebRequest request) {
        return binding.of(request);
    }
}
