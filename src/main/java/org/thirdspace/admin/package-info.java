/** The admin REST API (and later its console): platforms, deployments, keys, audit. */
package org.thirdspace.admin;
