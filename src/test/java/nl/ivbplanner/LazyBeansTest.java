package nl.ivbplanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import nl.ivbplanner.support.IvbIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The app makes its beans when they are first needed (spring.main.lazy-initialization). A bean that cannot be made
 * would then fail only on the request that first needs it; here every bean is made once, and the database's beans are
 * checked to be made at the start.
 */
@IvbIntegrationTest
class LazyBeansTest {

    @Autowired
    ConfigurableApplicationContext context;

    @Test
    void everyBeanCanBeMade() {
        List<String> singletons = Arrays.stream(context.getBeanDefinitionNames())
                .filter(name -> {
                    BeanDefinition definition = context.getBeanFactory().getBeanDefinition(name);
                    return definition.isSingleton() && !definition.isAbstract();
                })
                .toList();

        singletons.forEach(context::getBean);

        assertThat(singletons).hasSizeGreaterThan(300);
    }

    @Test
    void theDatabaseBeansAreMadeAtTheStartAndTheRestWhenNeeded() {
        assertThat(lazy("flyway")).isFalse();
        assertThat(lazy("entityManagerFactory")).isFalse();
        assertThat(lazy("planCreationController")).isTrue();
    }

    private boolean lazy(String beanName) {
        return context.getBeanFactory().getBeanDefinition(beanName).isLazyInit();
    }
}
