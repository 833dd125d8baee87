/**
 * A space's peer-group programme: its settings, the formation runs that propose groups, the draft
 * facilitators edit, and the rounds they publish (docs/PEER-GROUPS.md, "Programmes").
 */
package org.thirdspace.community.peergroup.programme;
