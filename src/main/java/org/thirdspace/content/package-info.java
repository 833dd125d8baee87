/** What people write: Markdown rendered to sanitized HTML and plain text, with mentions. */
package org.thirdspace.content;
