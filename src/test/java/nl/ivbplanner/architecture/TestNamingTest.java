package nl.ivbplanner.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * ./mvnw test (Surefire) is the fast loop and leaves out *IT; ./mvnw verify (Failsafe) runs them afterwards. A test
 * that drives Chromium named *Test would slow the fast loop, so the name says what the test does.
 */
@AnalyzeClasses(packages = "nl.ivbplanner", importOptions = ImportOption.OnlyIncludeTests.class)
class TestNamingTest {

    private static final DescribedPredicate<JavaClass> DRIVE_A_BROWSER = DescribedPredicate.describe(
            "drive a browser",
            test -> test.getDirectDependenciesFromSelf().stream()
                    .map(dependency -> dependency.getTargetClass())
                    .anyMatch(target -> target.getName().equals("nl.ivbplanner.support.Chromium")
                            || target.getPackageName().startsWith("org.openqa.selenium")));

    @ArchTest
    static final ArchRule browserTestsAreNamedBrowserIT = classes()
            .that()
            .areTopLevelClasses()
            .and()
            .resideOutsideOfPackage("nl.ivbplanner.support")
            .and(DRIVE_A_BROWSER)
            .should()
            .haveSimpleNameEndingWith("BrowserIT");
}
