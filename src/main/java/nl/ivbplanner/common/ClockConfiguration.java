package nl.ivbplanner.common;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** 'Today' is a Dutch day: the municipalities' calendar decides whether a year or a deadline has passed. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    Clock clock() {
        return Clock.system(DutchTime.ZONE);
    }
}
