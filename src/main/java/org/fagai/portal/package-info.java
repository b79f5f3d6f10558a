/** The home page and, later, the cross-module dashboards; it reads the other modules' APIs. */
package org.fagai.portal;
