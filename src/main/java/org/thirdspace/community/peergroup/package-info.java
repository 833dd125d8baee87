/** Post-course peer groups: small private groups inside a space. */
package org.thirdspace.community.peergroup;
