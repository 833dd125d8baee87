/** Tags shared across an organisation's spaces; a tag hub shows the community a tag reveals. */
package org.thirdspace.community.tag;
