/**
 * Key projects (重点项目): registry, yearly lists, stages, monthly progress, red/yellow/green warnings, blockers and
 * joint meetings. Its API for other modules: {@link org.fagai.project.ProjectCatalog}, {@link org.fagai.project.ProjectAlerts},
 * {@link org.fagai.project.KeyProjectInvestment}, the hooks {@link org.fagai.project.ProjectPageSection} and
 * {@link org.fagai.project.ProjectFlagSource} (other modules' panels and list badges)
 * and the events {@link org.fagai.project.ProgressReported}, {@link org.fagai.project.StageChanged},
 * {@link org.fagai.project.PlanChanged} and {@link org.fagai.project.RegisteredForStatistics}.
 */
package org.fagai.project;
