package nl.ivbplanner.database;

import org.springframework.aop.Advisor;
import org.springframework.aop.ClassFilter;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts {@link LostRaceRetry} around every transactional method of the application, outside its transaction (a
 * higher precedence than the transaction advisor), so that each run gets a transaction of its own.
 */
@Configuration(proxyBeanMethods = false)
class LostRaceRetryConfiguration {

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor lostRaceRetryAdvisor() {
        ComposablePointcut transactional = new ComposablePointcut(
                        AnnotationMatchingPointcut.forMethodAnnotation(Transactional.class))
                .union(new AnnotationMatchingPointcut(Transactional.class, true))
                .intersection((ClassFilter) type -> type.getName().startsWith("nl.ivbplanner."));
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(transactional, new LostRaceRetry());
        advisor.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return advisor;
    }
}
