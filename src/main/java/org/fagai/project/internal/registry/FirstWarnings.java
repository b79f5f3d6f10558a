package org.fagai.project.internal.registry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.fagai.project.ProjectStage;

/**
 * The warnings of brand-new projects, judged from the facts their creator holds instead of read back from the tables
 * (a new project has no reports, stops or approved 前期手续 yet), so a bulk create writes each list entry with its colour
 * rather than updating it afterwards. Implemented by the warnings, which judge every other change themselves.
 */
public interface FirstWarnings {

    /** What the rules look at for a project just created, with the planned investment of its one list entry of the year. */
    record NewProject(long id, ProjectStage stage, String regionCode, YearMonth plannedStart, BigDecimal totalInvestment,
                      InvestmentType investmentType, BigDecimal planned) {
    }

    /** The colour a list entry shows and the month it was judged at. */
    record ListColour(String colour, LocalDate month) {
    }

    /** Judges the projects' months of {@code year} in memory; nothing is stored yet. */
    Judged judge(int year, List<NewProject> projects);

    /** A year's judgement of new projects. */
    interface Judged {

        /** The colour the year's list shows for the project, or null when the list shows no month of that year yet. */
        ListColour listColour(long projectId);

        /** Stores the warning rows and adds them to the month totals; the projects' list entries must exist by then. */
        void store();
    }
}
