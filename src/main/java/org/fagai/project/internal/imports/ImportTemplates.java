package org.fagai.project.internal.imports;

import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import org.fagai.shared.web.ExcelTemplate;
import org.fagai.shared.web.MessageText;
import org.springframework.stereotype.Component;

/** The two import templates: their columns, instructions and drop-downs, the project one with a sample row. */
@Component
public class ImportTemplates {

    public static final String PROJECT_FILE_KEY = "project.import.template.file";
    public static final String PROJECT_SHEET_KEY = "project.import.template.sheet";
    public static final String PROGRESS_FILE_KEY = "project.import.progressTemplate.file";

    private final MessageText text;

    ImportTemplates(MessageText text) {
        this.text = text;
    }

    public void projectTemplate(OutputStream out) {
        ExcelTemplate.write(out, text.get(PROJECT_SHEET_KEY), ImportColumns.projectTemplate(text::get), List.of(Arrays.asList("2023-339902-48-01-000001",
                "示例：东湖区城市更新改造项目", 2023, "市级", "新建", "在建", "339902", "48", "示范市城建投资集团有限公司",
                "913399027345678902", "东湖区", "改造老旧小区12个", "2023-03", "2025-12", 12000, 4000)));
    }

    public void progressTemplate(OutputStream out) {
        ExcelTemplate.write(out, text.get("project.import.progressTemplate.sheet"), ImportColumns.progressTemplate(text::get), List.of());
    }
}
