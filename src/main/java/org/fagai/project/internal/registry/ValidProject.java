package org.fagai.project.internal.registry;

import org.fagai.project.ProjectStage;

/** A project input that passed every check: code (null = give a provisional one), facts, stage, plan. */
public record ValidProject(String code, boolean provisional, ProjectDetails details, ProjectStage stage, PlanLine plan) {
}
