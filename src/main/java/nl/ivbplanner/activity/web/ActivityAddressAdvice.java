package nl.ivbplanner.activity.web;

import nl.ivbplanner.activity.ActivityAddress;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page below an activity has its address in the model as {@code activityAddress}, for its links and forms. */
@ControllerAdvice(
        assignableTypes = {
            ActivityEditController.class,
            ActivityPartnersController.class,
            ActivityAssignmentController.class
        })
class ActivityAddressAdvice {

    @ModelAttribute("activityAddress")
    ActivityAddress activityAddress(ActivityAddress activity) {
        return activity;
    }
}
