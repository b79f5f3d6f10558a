/**
 * 督办: owns the one closure loop for assigned work (item → sign → report → request closure → verify, extensions,
 * 三色 colours, escalation, problem lists, statistics) and the to-do list. Offers {@link org.fagai.supervision.SupervisionItems}
 * to put items on the loop, {@link org.fagai.supervision.ItemClosed} events, and the {@link org.fagai.supervision.TodoSource} SPI.
 */
package org.fagai.supervision;
