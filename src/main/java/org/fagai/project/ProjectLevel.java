package org.fagai.project;

import org.fagai.shared.StoredText;
/** Which government's key-project list: 省级, 市级, 区(县)级. */
public enum ProjectLevel {
    PROVINCE("省级"), CITY("市级"), DISTRICT("区级");

    private final String chinese;

    ProjectLevel(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }

    /** The word in the seed's sentence, e.g. 市级重点项目. */
    public String adjective() {
        return chinese;
    }

    public static ProjectLevel fromChinese(String text) {
        for (ProjectLevel level : values()) {
            if (level.chinese.equals(text) || level.name().equalsIgnoreCase(text)) {
                return level;
            }
        }
        if ("县级".equals(text) || "区县级".equals(text)) {
            return DISTRICT;
        }
        throw new IllegalArgumentException(StoredText.of("project.error.levelUnknown"));
    }
}
