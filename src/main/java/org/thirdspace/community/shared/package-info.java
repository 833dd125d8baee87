/** Small value types every part of the community domain uses. */
package org.thirdspace.community.shared;
