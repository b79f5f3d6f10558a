/**
 * Generated documents (.docx from poi-tl templates an administrator can replace), built from the other modules'
 * public APIs: the monthly 经济运行简报 and the 年度/上半年工作总结 drafted from data (each module's sentence through
 * the cockpit's {@link org.fagai.cockpit.SummarySection} SPI).
 */
package org.fagai.report;
