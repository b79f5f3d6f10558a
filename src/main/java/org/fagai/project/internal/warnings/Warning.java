package org.fagai.project.internal.warnings;

import java.util.List;
import org.fagai.project.WarningColour;

/** A project's colour for a month and the reasons, in Chinese, for every colour that is not green. */
record Warning(WarningColour colour, List<String> reasons) {

    String reasonText() {
        return String.join("；", reasons);
    }
}
