/** Server-rendered HTML: templates, localised strings and error pages. */
package org.thirdspace.http.page;
