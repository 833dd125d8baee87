/**
 * The safe space: codes of conduct and their acceptance, members' reports, moderation cases as an
 * explicit state machine with a recorded history, suspensions, the moderators' audit, personal
 * controls and the organisation's watch list. Rules are pure functions ({@link
 * org.thirdspace.community.moderation.SafeSpacePolicy}) so that each is unit-tested.
 */
package org.thirdspace.community.moderation;
