package org.thirdspace.lti.platform;

import java.util.Optional;
import java.util.UUID;

/** The organisations' LTI 1.1 consumer credentials (implemented in persistence). */
public interface Lti11Consumers {

    Optional<Lti11Consumer> findByKey(String consumerKey);

    Optional<Lti11Consumer> findByOrganisation(UUID organisationId);

    void add(Lti11Consumer consumer);
}
