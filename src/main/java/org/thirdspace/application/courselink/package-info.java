/**
 * Communities linked into courses: the spaces a course designer may link, placing links from the
 * LMS's content dialog (a new space from a template, with its first conversation starter, or
 * existing ones), the keys that make a placed link open its space, and where a launch through a
 * link leads. It builds on the space and discussion use cases; neither of them uses it.
 */
package org.thirdspace.application.courselink;
