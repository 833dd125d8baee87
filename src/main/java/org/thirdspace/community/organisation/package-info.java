/** Organisations (tenants); the protocol layer maps each platform registration to one. */
package org.thirdspace.community.organisation;
