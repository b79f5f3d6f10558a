package org.fagai.project.internal.milestones;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.fagai.shared.StoredText;

/**
 * The 前期手续 of a project in the order they are usually obtained, each with the approval kinds (of the {@code approval}
 * module, by their code) whose decision fills it: 立项 is a 项目建议书 批复 for a government project, a 核准 or 备案 for an
 * enterprise's.
 */
public enum MilestoneKind {
    PROPOSAL("立项（项目建议书/核准/备案）", "PROPOSAL", "APPROVAL", "FILING"),
    FEASIBILITY("可行性研究报告", "FEASIBILITY"),
    PRELIMINARY_DESIGN("初步设计", "PRELIMINARY_DESIGN"),
    LAND("用地（预审与选址、规划许可、土地证）"),
    EIA("环境影响评价"),
    ENERGY_REVIEW("节能审查", "ENERGY_REVIEW"),
    PLANNING_PERMIT("建设工程规划许可"),
    CONSTRUCTION_PERMIT("施工许可");

    private final String chinese;
    private final List<String> approvalKinds;

    MilestoneKind(String chinese, String... approvalKinds) {
        this.chinese = chinese;
        this.approvalKinds = List.of(approvalKinds);
    }

    public String chinese() {
        return chinese;
    }

    public String labelKey() {
        return "project.milestone.kind." + name();
    }

    /** The milestone a decided application of this approval kind fills, if any. */
    public static Optional<MilestoneKind> filledBy(String approvalKind) {
        return Arrays.stream(values()).filter(k -> k.approvalKinds.contains(approvalKind)).findFirst();
    }

    public static MilestoneKind parse(String text, String field) {
        for (MilestoneKind kind : values()) {
            if (kind.name().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return kind;
            }
        }
        throw org.fagai.shared.FieldErrors.of(field, org.fagai.shared.StoredText.of("project.error.milestone.kind"));
    }
}
