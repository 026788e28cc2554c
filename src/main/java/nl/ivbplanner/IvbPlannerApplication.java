package nl.ivbplanner;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class IvbPlannerApplication {

    public static void main(String[] args) {
        SpringApplication.run(IvbPlannerApplication.class, args);
    }
}
