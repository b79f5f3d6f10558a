/**
 * Generated documents (.docx from poi-tl templates an administrator can replace), built from the other modules'
 * public APIs: first the monthly 经济运行简报.
 */
package org.fagai.report;
