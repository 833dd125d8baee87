/**
 * Roster sync use cases: starting a sync (on demand, after a launch, on a schedule), running it
 * page by page, and showing its progress and history. A run holds the course's database lease, so
 * that one node of a cluster syncs a given course at a time; it changes only what it has fully read,
 * and takes access away from members a full roster no longer lists only once every page was read.
 */
package org.thirdspace.application.roster;
