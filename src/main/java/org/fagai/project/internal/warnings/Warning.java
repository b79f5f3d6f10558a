package org.fagai.project.internal.warnings;

import java.util.List;
import org.fagai.project.WarningColour;
import org.fagai.shared.StoredText;

/**
 * A project's colour for a month and the reasons for every colour that is not green, each a {@link StoredText} sentence
 * (shown in the reader's language), stored together as one {@link StoredText#list}.
 */
record Warning(WarningColour colour, List<String> reasons) {

    String reasonText() {
        return StoredText.list("shared.reasonSeparator", reasons);
    }
}
