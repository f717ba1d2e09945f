package it.cassetto.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Keeps the layout of ../shared/STYLE.md: features by package, a kernel that depends on none. */
@AnalyzeClasses(packages = "it.cassetto", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule theSharedKernelDependsOnNoFeature = noClasses()
            .that().resideInAPackage("it.cassetto.shared..")
            .and().resideOutsideOfPackages("it.cassetto.shared.ui..", "it.cassetto.shared.pdf..")
            .should().dependOnClassesThat().resideOutsideOfPackages("it.cassetto.shared..", "java..", "jakarta..",
                    "javax..", "org.eclipse.microprofile..", "org.flywaydb..");

    /** The shared UI bits may use Vaadin, the shared PDF renderer its library; neither reaches a feature. */
    @ArchTest
    static final ArchRule theSharedUiAndPdfDependOnNoFeature = noClasses()
            .that().resideInAnyPackage("it.cassetto.shared.ui..", "it.cassetto.shared.pdf..")
            .should().dependOnClassesThat().resideOutsideOfPackages("it.cassetto.shared..", "java..", "jakarta..",
                    "javax..", "com.vaadin..", "com.openhtmltopdf..", "org.apache.pdfbox..");

    @ArchTest
    static final ArchRule onlyViewsAndTheAppShellUseVaadin = noClasses()
            .that().resideOutsideOfPackages("..ui..", "it.cassetto.app..")
            .should().dependOnClassesThat().resideInAPackage("com.vaadin..");

    @ArchTest
    static final ArchRule viewsNeverTouchTheEntityManager = noClasses()
            .that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager");

    @ArchTest
    static final ArchRule featuresDoNotReachIntoEachOthersInternals = classes()
            .that().resideInAPackage("it.cassetto.*.internal..")
            .should(beUsedOnlyFromTheirOwnFeature())
            .as("a feature's internal package is used only by that feature");

    private static ArchCondition<JavaClass> beUsedOnlyFromTheirOwnFeature() {
        return new ArchCondition<>("be used only from their own feature") {
            @Override
            public void check(JavaClass internal, ConditionEvents events) {
                String feature = featureOf(internal.getPackageName());
                for (Dependency dependency : internal.getDirectDependenciesToSelf()) {
                    String from = dependency.getOriginClass().getPackageName();
                    if (!featureOf(from).equals(feature)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    private static String featureOf(String packageName) {
        String[] parts = packageName.split("\\.");
        return parts.length > 2 ? parts[2] : packageName;
    }

    @ArchTest
    static final ArchRule routesAndLayoutsAreCdiComponents = classes()
            .that().areAnnotatedWith("com.vaadin.flow.router.Route")
            .or().areAnnotatedWith("com.vaadin.flow.router.Layout")
            .should().beAnnotatedWith("com.vaadin.cdi.annotation.CdiComponent")
            .as("views and layouts are CDI components, so that their services are injected");

    @ArchTest
    static final ArchRule featuresHaveNoCycles = slices().matching("it.cassetto.(*)..").should().beFreeOfCycles();
}
