package org.thirdspace;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.LocationProvider;
import com.tngtech.archunit.lang.ArchRule;
import org.thirdspace.http.ThirdspaceApplication;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The dependency rule of docs/ARCHITECTURE.md, checked on the compiled classes (tests excluded):
 *
 * <pre>
 *   community  ←  application  ←  http  ←  { lti, web, admin, emulator, ops, mail }  ←  persistence
 *   (config, secrets, database, content sit below application; admin and emulator may use lti)
 * </pre>
 *
 * A layer uses only the layers below it; a layer below defines a port (an interface) where it needs
 * something from above, and the layer above implements it. Each rule's name is in its failure
 * message, so that a violation says which rule it breaks.
 */
@AnalyzeClasses(locations = ArchitectureTest.MainClasses.class, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The application's compiled classes, read from their folder (scanning the class path for the package took seconds). */
    static class MainClasses implements LocationProvider {
        @Override
        public Set<Location> get(Class<?> testClass) {
            try {
                return Set.of(Location.of(Path.of(ThirdspaceApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI())));
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    static final String RULE = "the dependency rule (docs/ARCHITECTURE.md): community <- application <- http <- "
            + "{lti, web, admin, emulator, ops, mail} <- persistence, with config, secrets, database and content below "
            + "application; nothing imports upward, and of the surfaces only admin and emulator use lti";

    @ArchTest
    static final ArchRule layers = layeredArchitecture()
            .consideringOnlyDependenciesInAnyPackage("org.thirdspace..")
            .layer("community").definedBy("org.thirdspace.community..")
            .layer("support").definedBy("org.thirdspace.config..", "org.thirdspace.secrets..", "org.thirdspace.database..",
                    "org.thirdspace.content..")
            .layer("application").definedBy("org.thirdspace.application..")
            .layer("http").definedBy("org.thirdspace.http..")
            .layer("lti").definedBy("org.thirdspace.lti..")
            .layer("web").definedBy("org.thirdspace.web..")
            .layer("admin").definedBy("org.thirdspace.admin..")
            .layer("emulator").definedBy("org.thirdspace.emulator..")
            .layer("ops").definedBy("org.thirdspace.ops..")
            .layer("mail").definedBy("org.thirdspace.mail..")
            .layer("persistence").definedBy("org.thirdspace.persistence..")
            .whereLayer("support").mayOnlyBeAccessedByLayers("application", "http", "lti", "web", "admin", "emulator", "ops",
                    "mail", "persistence")
            .whereLayer("application").mayOnlyBeAccessedByLayers("http", "lti", "web", "admin", "emulator", "mail", "persistence")
            .whereLayer("http").mayOnlyBeAccessedByLayers("lti", "web", "admin", "emulator", "mail")
            .whereLayer("lti").mayOnlyBeAccessedByLayers("admin", "emulator", "persistence")
            .whereLayer("web").mayNotBeAccessedByAnyLayer()
            .whereLayer("admin").mayNotBeAccessedByAnyLayer()
            .whereLayer("emulator").mayNotBeAccessedByAnyLayer()
            .whereLayer("ops").mayNotBeAccessedByAnyLayer()
            .whereLayer("mail").mayNotBeAccessedByAnyLayer()
            .whereLayer("persistence").mayNotBeAccessedByAnyLayer()
            .as(RULE);

    @ArchTest
    static final ArchRule communityIsTheDomainOnly = noClasses()
            .that().resideInAPackage("org.thirdspace.community..")
            .should().dependOnClassesThat().resideInAnyPackage("org.thirdspace.persistence..", "org.thirdspace.config..",
                    "org.thirdspace.secrets..",
                    "org.thirdspace.database..", "org.thirdspace.content..", "jakarta.ws.rs..", "jakarta.json..",
                    "com.nimbusds..", "jakarta.servlet..")
            .as("the domain rule (docs/ARCHITECTURE.md): community imports no JAX-RS, JSON-P/B, Nimbus, servlet, "
                    + "persistence, settings or secrets");

    @ArchTest
    static final ArchRule applicationSpeaksNoProtocol = noClasses()
            .that().resideInAPackage("org.thirdspace.application..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "jakarta.servlet..", "com.nimbusds..")
            .as("the application rule (docs/ARCHITECTURE.md): use cases know no HTTP and no JWT; the LMS is reached "
                    + "through application.lms's ports");

    @ArchTest
    static final ArchRule oneHomeForTheDatabase = noClasses()
            .that().resideOutsideOfPackages("org.thirdspace.persistence..", "org.thirdspace.database..")
            .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManagerFactory")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.Query")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.TypedQuery")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("javax.sql.DataSource")
            .orShould().dependOnClassesThat().resideInAPackage("java.sql..")
            .as("the database rule (docs/ARCHITECTURE.md): every EntityManager, query and JDBC call is in persistence "
                    + "(the data source and migrations in database); other layers declare ports");

    @ArchTest
    static final ArchRule nimbusStaysInTheProtocol = noClasses()
            .that().resideOutsideOfPackages("org.thirdspace.lti..", "org.thirdspace.emulator..")
            .and().doNotHaveFullyQualifiedName("org.thirdspace.admin.RuntimeResource")
            .should().dependOnClassesThat().resideInAPackage("com.nimbusds..")
            .as("the protocol rule (docs/ARCHITECTURE.md): JOSE/JWT (Nimbus) is used by lti only, besides the emulator, "
                    + "which plays an LMS, and the admin runtime report of its version");

    @ArchTest
    static final ArchRule useCasePackagesHaveNoCycles = slices()
            .matching("org.thirdspace.application.(*)..")
            .should().beFreeOfCycles()
            .as("the use-case rule (docs/ARCHITECTURE.md): the application's packages do not depend on each other in a "
                    + "cycle");

    @ArchTest
    static final ArchRule domainPackagesHaveNoCycles = slices()
            .matching("org.thirdspace.community.(*)..")
            .should().beFreeOfCycles()
            .as("the domain rule (docs/ARCHITECTURE.md): the domain's packages do not depend on each other in a cycle");

    @ArchTest
    static final ArchRule discussionsDoNotReachIntoModeration = noClasses()
            .that().resideInAPackage("org.thirdspace.application.discussion..")
            .should().dependOnClassesThat().resideInAPackage("org.thirdspace.application.moderation..")
            .as("the use-case rule (docs/ARCHITECTURE.md): discussion use cases share the safeguards in "
                    + "application.safety with moderation, never moderation's own use cases");
}
