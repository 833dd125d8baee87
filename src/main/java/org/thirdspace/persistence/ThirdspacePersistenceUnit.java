package org.thirdspace.persistence;

import jakarta.persistence.SharedCacheMode;
import jakarta.persistence.ValidationMode;
import jakarta.persistence.spi.ClassTransformer;
import jakarta.persistence.spi.PersistenceUnitInfo;
import jakarta.persistence.spi.PersistenceUnitTransactionType;

import javax.sql.DataSource;
import java.net.URL;
import java.util.List;
import java.util.Properties;

/**
 * The persistence unit, described in code instead of {@code persistence.xml}.
 *
 * <p>Why: for a {@code persistence.xml} unit, Payara's JPA deployer opens an EntityManager at
 * deployment (to validate and for java2db), and EclipseLink's external connection pool connects on
 * start-up, so a database that is down fails the deployment. The application instead creates the
 * unit itself through the container SPI ({@code PersistenceProvider.createContainerEntityManagerFactory}),
 * after the migrations have run, with the container's JTA data source. The managed classes are
 * listed here; a unit test checks the list against every {@code @Entity} and {@code @Converter}.
 */
final class ThirdspacePersistenceUnit implements PersistenceUnitInfo {

    static final String NAME = "thirdspace";
    static final String PROVIDER = "org.eclipse.persistence.jpa.PersistenceProvider";

    private final DataSource dataSource;
    private final ClassLoader classLoader;

    ThirdspacePersistenceUnit(DataSource dataSource) {
        this.dataSource = dataSource;
        this.classLoader = ThirdspacePersistenceUnit.class.getClassLoader();
    }

    @Override
    public String getPersistenceUnitName() {
        return NAME;
    }

    @Override
    public String getPersistenceProviderClassName() {
        return PROVIDER;
    }

    @Override
    public PersistenceUnitTransactionType getTransactionType() {
        return PersistenceUnitTransactionType.JTA;
    }

    @Override
    public DataSource getJtaDataSource() {
        return dataSource;
    }

    @Override
    public DataSource getNonJtaDataSource() {
        return dataSource;
    }

    @Override
    public List<String> getMappingFileNames() {
        return List.of();
    }

    @Override
    public List<URL> getJarFileUrls() {
        return List.of();
    }

    /** Every entity and converter of the application. */
    static final List<Class<?>> MANAGED_CLASSES = List.of(
            InstantConverter.class,
            org.thirdspace.community.shared.NullableUuidConverter.class,
            CustomValuesConverter.class,
            org.thirdspace.lti.platform.PlatformRegistration.class,
            org.thirdspace.lti.platform.PlatformDeployment.class,
            org.thirdspace.lti.jwks.ToolKey.class,
            org.thirdspace.lti.oidc.OidcLogin.class,
            org.thirdspace.community.person.Person.class,
            org.thirdspace.community.course.CourseContext.class,
            org.thirdspace.community.course.CourseMembership.class,
            org.thirdspace.community.course.ResourceLink.class,
            org.thirdspace.application.audit.AdminAuditEntry.class,
            org.thirdspace.community.space.Space.class,
            org.thirdspace.community.space.SpaceMember.class,
            org.thirdspace.community.peergroup.PeerGroup.class,
            org.thirdspace.community.tag.Tag.class,
            org.thirdspace.community.discussion.Thread.class,
            org.thirdspace.community.discussion.Post.class,
            org.thirdspace.community.discussion.PostRevision.class,
            org.thirdspace.community.discussion.AudienceRequest.class,
            org.thirdspace.community.discussion.AudienceChange.class,
            org.thirdspace.community.notification.Notification.class,
            org.thirdspace.community.person.PersonCard.class,
            org.thirdspace.community.roster.CourseRoster.class,
            org.thirdspace.community.roster.RosterSync.class,
            org.thirdspace.community.coursegroup.CourseGroupSet.class,
            org.thirdspace.community.coursegroup.CourseGroup.class,
            org.thirdspace.community.coursegroup.CourseGroupMember.class,
            org.thirdspace.lti.deeplinking.DeepLinkingRequest.class,
            org.thirdspace.community.moderation.ConductVersion.class,
            org.thirdspace.community.moderation.ModerationCase.class,
            org.thirdspace.community.moderation.ModerationStep.class,
            org.thirdspace.community.moderation.PostReport.class,
            org.thirdspace.community.moderation.ModerationAuditEntry.class,
            org.thirdspace.community.moderation.Suspension.class,
            org.thirdspace.community.moderation.WatchTerm.class,
            org.thirdspace.community.moderation.NoteTemplate.class);

    @Override
    public URL getPersistenceUnitRootUrl() {
        return classLoader.getResource("");
    }

    @Override
    public List<String> getManagedClassNames() {
        return MANAGED_CLASSES.stream().map(Class::getName).toList();
    }

    @Override
    public boolean excludeUnlistedClasses() {
        return true;
    }

    /** Nodes of a cluster share the database, not memory: no second-level cache that could go stale. */
    @Override
    public SharedCacheMode getSharedCacheMode() {
        return SharedCacheMode.NONE;
    }

    @Override
    public ValidationMode getValidationMode() {
        return ValidationMode.NONE;
    }

    @Override
    public Properties getProperties() {
        Properties properties = new Properties();
        // JTA through Payara's transaction manager.
        properties.setProperty("eclipselink.target-server", "Glassfish");
        // The schema belongs to the Flyway migrations; EclipseLink never generates it.
        properties.setProperty("eclipselink.ddl-generation", "none");
        // No container weaving here; the mappings use no lazy relationships that would need it.
        properties.setProperty("eclipselink.weaving", "false");
        properties.setProperty("eclipselink.jdbc.batch-writing", "JDBC");
        // EclipseLink's own logger: its level check is a comparison, where the JUL bridge does map
        // look-ups on every check, and EclipseLink checks on every statement.
        properties.setProperty("eclipselink.logging.logger", "DefaultLogger");
        properties.setProperty("eclipselink.logging.level", "WARNING");
        properties.setProperty("eclipselink.logging.parameters", "false");
        return properties;
    }

    @Override
    public String getPersistenceXMLSchemaVersion() {
        return "3.0";
    }

    @Override
    public ClassLoader getClassLoader() {
        return classLoader;
    }

    @Override
    public void addTransformer(ClassTransformer transformer) {
        // Weaving is off.
    }

    @Override
    public ClassLoader getNewTempClassLoader() {
        return classLoader;
    }
}
