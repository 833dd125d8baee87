package org.thirdspace.emulator;

import java.util.List;
import java.util.Map;

/**
 * A course of the emulated LMS, with its enrolments (person id to the role strings the LMS sends)
 * and the tool links on its page.
 */
public record EmulatedCourse(String id, String label, String title, Map<String, List<String>> enrolments,
                             List<EmulatedLink> links) {
}
