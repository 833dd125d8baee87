/** Use cases of post-course peer groups: proposing groups from a space's roster. */
package org.thirdspace.application.peergroup;
