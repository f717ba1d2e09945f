package it.cassetto.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.Filters;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jboss.shrinkwrap.resolver.api.maven.Maven;

/**
 * The one factory of Arquillian deployments: the portal's services, entities and migrations without
 * its Vaadin views, plus the test caller. Each test class adds the feature packages it exercises.
 * Payara Micro is booted once per test class, so keep Arquillian classes few and broad.
 */
public final class Deployments {

    private Deployments() {
    }

    /** The shared kernel, migrations and persistence unit, ready for feature packages to be added. */
    public static WebArchive kernel(String name) {
        File[] libraries = Maven.resolver().loadPomFromFile("pom.xml")
                .resolve("org.flywaydb:flyway-core", "org.flywaydb:flyway-mysql", "org.mariadb.jdbc:mariadb-java-client",
                        "org.assertj:assertj-core")
                .withTransitivity().asFile();
        return ShrinkWrap.create(WebArchive.class, name + ".war")
                .addPackages(true, "it.cassetto.shared")
                // The position access guard in the kernel reads its relations from the delegation feature, whose
                // workflow notifies through the outbox; views (ui packages) need Vaadin and stay out.
                .addPackages(true, Filters.exclude(".*/ui/.*"), "it.cassetto.delegation", "it.cassetto.notification")
                .addAsResource(new File("src/main/resources/it/cassetto/delegation"), "it/cassetto/delegation")
                .addAsResource(new File("src/main/resources/it/cassetto/shared/pdf"), "it/cassetto/shared/pdf")
                .addClasses(TestCaller.class, TestSql.class)
                .addAsResource("META-INF/persistence.xml")
                .addAsResource("META-INF/microprofile-config.properties")
                .addAsResource("db/migration")
                .addAsWebInfResource(new File("src/main/webapp/WEB-INF/beans.xml"), "beans.xml")
                .addAsLibraries(libraries);
    }
}
