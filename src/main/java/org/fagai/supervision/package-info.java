/**
 * 督办: owns the one closure loop for assigned work (item → sign → report → request closure with evidence → verify,
 * extensions, 三色 colours, escalation, problem lists, statistics), the to-do list, notifications with their daily
 * reminders and optional e-mail, and 通知公告. Offers {@link org.fagai.supervision.SupervisionItems} to put items on the
 * loop, {@link org.fagai.supervision.ItemClosed} events, the {@link org.fagai.supervision.TodoSource} SPI,
 * {@link org.fagai.supervision.Notifications} to notify a user and {@link org.fagai.supervision.Notices} for the home page.
 */
package org.fagai.supervision;
