package org.fagai.project;

import org.fagai.shared.StoredText;
/** A project's nature in one year's list: 新建 (starts this year) or 续建 (continues). */
public enum ProjectNature {
    NEW("新建"), CONTINUING("续建");

    private final String chinese;

    ProjectNature(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }

    public static ProjectNature fromChinese(String text) {
        for (ProjectNature nature : values()) {
            if (nature.chinese.equals(text) || nature.name().equalsIgnoreCase(text)) {
                return nature;
            }
        }
        throw new IllegalArgumentException(StoredText.of("project.error.natureUnknown"));
    }
}
