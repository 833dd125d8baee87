/**
 * The roster API for facilitators: start a course's roster sync and watch its progress, and see the
 * LMS's groups of the course. Resources only translate; the use cases decide who may.
 */
package org.thirdspace.web.roster;
