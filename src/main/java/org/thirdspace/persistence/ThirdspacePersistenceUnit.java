package org.thirdspace.persistence;

import jakarta.persistence.SharedCacheMode;
import jakarta.persistence.ValidationMode;
import jakarta.persistence.spi.ClassTransformer;
import org.thirdspace.community.artifact.Answer;
import org.thirdspace.community.artifact.Artifact;
import org.thirdspace.community.artifact.ArtifactPlacement;
import org.thirdspace.community.artifact.ArtifactTranslation;
import org.thirdspace.community.artifact.ArtifactVersion;
import org.thirdspace.community.artifact.Citation;
import org.thirdspace.community.artifact.Contributor;
import org.thirdspace.community.artifact.Feedback;
import jakarta.persistence.spi.PersistenceUnitInfo;
import jakarta.persistence.spi.PersistenceUnitTransactionType;
import org.thirdspace.community.course.CourseContext;
import org.thirdspace.community.course.CourseMembership;
import org.thirdspace.community.course.ResourceLink;
import org.thirdspace.community.coursegroup.CourseGroup;
import org.thirdspace.community.coursegroup.CourseGroupMember;
import org.thirdspace.community.coursegroup.CourseGroupSet;
import org.thirdspace.community.discussion.AudienceChange;
import org.thirdspace.community.discussion.AudienceRequest;
import org.thirdspace.community.discussion.DiscussionThread;
import org.thirdspace.community.discussion.Post;
import org.thirdspace.community.discussion.PostRevision;
import org.thirdspace.community.moderation.ConductVersion;
import org.thirdspace.community.moderation.ModerationAuditEntry;
import org.thirdspace.community.moderation.ModerationCase;
import org.thirdspace.community.moderation.ModerationStep;
import org.thirdspace.community.moderation.NoteTemplate;
import org.thirdspace.community.moderation.PostReport;
import org.thirdspace.community.moderation.Suspension;
import org.thirdspace.community.moderation.WatchTerm;
import org.thirdspace.community.notification.Notification;
import org.thirdspace.community.organisation.OrganisationDefaults;
import org.thirdspace.community.peergroup.MeetingRecord;
import org.thirdspace.community.peergroup.MeetingSeries;
import org.thirdspace.community.peergroup.PeerGroup;
import org.thirdspace.community.person.Person;
import org.thirdspace.community.person.PersonCard;
import org.thirdspace.community.grading.GradeDelivery;
import org.thirdspace.community.grading.LinkGrading;
import org.thirdspace.community.roster.CourseRoster;
import org.thirdspace.community.roster.RosterSync;
import org.thirdspace.community.shared.NullableUuidConverter;
import org.thirdspace.community.space.Space;
import org.thirdspace.community.space.SpaceMember;
import org.thirdspace.community.tag.Tag;
import org.thirdspace.lti.deeplinking.DeepLinkingRequest;
import org.thirdspace.lti.jwks.ToolKey;
import org.thirdspace.lti.oidc.OidcLogin;
import org.thirdspace.lti.platform.Lti11Consumer;
import org.thirdspace.lti.platform.PlatformDeployment;
import org.thirdspace.lti.platform.PlatformRegistration;

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
    /**
     * Mappings that need the persistence layer's own classes (converters that read JSON), given in
     * XML so that the domain classes do not import them; annotations map everything else.
     */
    static final String MAPPING_FILE = "org/thirdspace/persistence/mapping.xml";

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
        return List.of(MAPPING_FILE);
    }

    @Override
    public List<URL> getJarFileUrls() {
        return List.of();
    }

    /** Every entity and converter of the application. */
    static final List<Class<?>> MANAGED_CLASSES = List.of(
            InstantConverter.class,
            NullableUuidConverter.class,
            CustomValuesConverter.class,
            PlatformRegistration.class,
            PlatformDeployment.class,
            ToolKey.class,
            OidcLogin.class,
            Lti11Consumer.class,
            Person.class,
            OrganisationDefaults.class,
            CourseContext.class,
            CourseMembership.class,
            ResourceLink.class,
            AdminAuditRecord.class,
            Space.class,
            SpaceMember.class,
            PeerGroup.class,
            MeetingSeries.class,
            MeetingRecord.class,
            Tag.class,
            DiscussionThread.class,
            Post.class,
            PostRevision.class,
            AudienceRequest.class,
            AudienceChange.class,
            Notification.class,
            PersonCard.class,
            CourseRoster.class,
            RosterSync.class,
            CourseGroupSet.class,
            CourseGroup.class,
            CourseGroupMember.class,
            LinkGrading.class,
            GradeDelivery.class,
            DeepLinkingRequest.class,
            ConductVersion.class,
            ModerationCase.class,
            ModerationStep.class,
            PostReport.class,
            ModerationAuditEntry.class,
            Suspension.class,
            WatchTerm.class,
            NoteTemplate.class,
            Artifact.class,
            ArtifactVersion.class,
            ArtifactPlacement.class,
            ArtifactTranslation.class,
            Citation.class,
            Contributor.class,
            Feedback.class,
            Answer.class);

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
