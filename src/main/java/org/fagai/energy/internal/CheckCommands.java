package org.fagai.energy.internal;

import java.time.LocalDate;
import java.util.List;
import org.fagai.shared.MaxLength;

/**
 * An on-site check (实地能耗摸底核查) of one reported month: the checker's amounts by type in the report's units; when a
 * difference exceeds the tolerance the finding goes on the 督办 loop to {@code leadUnitId}/{@code leadPersonId}, due in
 * {@code workingDays} working days (default 10).
 */
record CheckCommands(@MaxLength(18) String creditCode, @MaxLength(7) String month, LocalDate checkedOn, @MaxLength(100) String checkers,
                     List<ReportCommand.Line> items, @MaxLength(1000) String note, Long leadUnitId, Long leadPersonId,
                     Integer workingDays) {

    CheckCommands {
        items = items == null ? List.of() : items;
    }
}
