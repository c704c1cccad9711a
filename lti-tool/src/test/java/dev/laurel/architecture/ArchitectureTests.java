package dev.laurel.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The structure DESIGN.md fixes: features without cycles, web types in web packages, the sandbox apart. */
@AnalyzeClasses(packages = "dev.laurel", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule toolFeaturesHaveNoCycles = slices().matching("dev.laurel.tool.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule onlyWebPackagesTouchServletOrThymeleaf = noClasses()
            .that().resideOutsideOfPackages("..web..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.servlet..", "org.thymeleaf..")
            .because("only *.web packages convert HTTP; protocol and domain code stays servlet-free");

    @ArchTest
    static final ArchRule sandboxNeverImportsTheTool = noClasses().that().resideInAPackage("dev.laurel.sandbox..")
            .should().dependOnClassesThat().resideInAPackage("dev.laurel.tool..")
            .because("the sandbox LMS meets the tool only over HTTP");

    @ArchTest
    static final ArchRule toolNeverImportsTheSandbox = noClasses().that().resideInAPackage("dev.laurel.tool..")
            .should().dependOnClassesThat().resideInAPackage("dev.laurel.sandbox..")
            .because("the tool treats the sandbox as any other platform");

    @ArchTest
    static final ArchRule bridgesNeverDependOnTheTool = noClasses().that().resideInAPackage("dev.laurel.bridge..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.laurel.tool..", "dev.laurel.sandbox..")
            .because("the bridges are libraries of the LMSs' own REST APIs");
}
