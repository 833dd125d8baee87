package org.thirdspace.lti.launch;

import org.thirdspace.application.LaunchRecord;

/**
 * CDI event fired after a verified launch has been recorded: the whole message and what became of
 * it. Work that follows a launch without being part of it (remembering service endpoints, a roster
 * sync that is due) observes this instead of growing the launch itself.
 */
public record LaunchRecorded(LtiLaunch launch, LaunchRecord record) {
}
