/**
 * Forming peer groups: the constrained maximally diverse grouping problem, solved without a
 * container, a database or a clock the caller does not control. People with attributes go in; a
 * proposal of small groups, the people who could not be placed and why, and a report come out.
 *
 * <p>The objective, the algorithm and their reasons are in {@code docs/PEER-GROUPS.md}.
 * {@link org.thirdspace.community.peergroup.formation.PeerGroupFormation} is the entry point.
 */
package org.thirdspace.community.peergroup.formation;
