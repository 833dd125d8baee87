/** Use cases of platform administration: registrations, their status and deployments. */
package org.thirdspace.application.platform;
