/**
 * Community spaces: the members-only places people land in after a launch, linked to courses,
 * with roles (member, facilitator, moderator, synthesizer, guest expert) and the rules of who may
 * do what ({@link org.thirdspace.community.space.SpacePolicy}).
 */
package org.thirdspace.community.space;
