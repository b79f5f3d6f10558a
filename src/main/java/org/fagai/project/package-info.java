/**
 * Key projects (重点项目): registry, yearly lists, stages, monthly progress, red/yellow/green warnings, blockers and
 * joint meetings. Its API for other modules: {@link org.fagai.project.ProjectCatalog} and {@link org.fagai.project.ProjectAlerts}.
 */
package org.fagai.project;
