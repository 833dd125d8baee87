/** Ending tool sessions before their tokens expire: by an admin, or when a registration is disabled. */
package org.thirdspace.application.session;
