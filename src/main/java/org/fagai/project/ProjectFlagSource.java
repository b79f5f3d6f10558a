package org.fagai.project;

import java.util.Collection;
import java.util.List;

/**
 * Another module's warnings about key projects, shown as badges on the project list and page (e.g. energy's 未节能验收),
 * declared as a bean so the project module needs no knowledge of the module behind it. Asked once per page with the
 * page's project codes; answers only the codes that carry a flag.
 */
public interface ProjectFlagSource {

    /** How a badge looks: INFO neutral, WARNING yellow, DANGER red. */
    enum Severity { INFO, WARNING, DANGER }

    /** A flag on one project; {@code labelKey} a message key of the contributing module's bundle. */
    record Flag(String projectCode, String labelKey, Severity severity) {
    }

    List<Flag> flags(Collection<String> projectCodes);
}
