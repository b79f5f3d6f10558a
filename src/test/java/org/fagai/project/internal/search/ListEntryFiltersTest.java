package org.fagai.project.internal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.fagai.FagaiIntegrationTest;
import org.fagai.project.ProjectStage;
import org.fagai.project.WarningColour;
import org.fagai.project.internal.registry.ProjectRegistry;
import org.fagai.project.internal.warnings.WarningBook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * The project list counts and filters its entries by what each entry keeps (its project's stage and region, its year's
 * list colour): the answers must be those the projects and the warning rows of the list's month give, and the kept
 * values must follow every change of them.
 */
@FagaiIntegrationTest
@Transactional
class ListEntryFiltersTest {

    private static final WarningColour[] COLOURS = {null, WarningColour.RED, WarningColour.YELLOW, WarningColour.GREEN};
    private static final ProjectStage[] STAGES = {null, ProjectStage.PREPARATION, ProjectStage.CONSTRUCTION, ProjectStage.COMPLETED};

    @Autowired
    ProjectSearch search;
    @Autowired
    ProjectRegistry registry;
    @Autowired
    WarningBook warnings;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails("admin")
    void everyListEntryKeepsItsProjectsStageAndRegionAndTheColourItsYearsListShows() {
        List<Integer> years = jdbc.queryForList("SELECT DISTINCT year FROM project_plan ORDER BY year", Integer.class);
        assertThat(years).isNotEmpty();
        for (int year : years) {
            assertThat(entriesOutOfStep(year)).as("entries of %d out of step", year).isZero();
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM project_plan WHERE colour IS NOT NULL", Long.class)).isPositive();
    }

    @Test
    @WithUserDetails("admin")
    void everyMixOfColourStageAndRegionCountsAndListsWhatTheProjectsAndTheirWarningRowsGive() {
        int year = search.defaultYear();
        for (WarningColour colour : COLOURS) {
            for (ProjectStage stage : STAGES) {
                for (String region : Arrays.asList(null, "339902")) {
                    ProjectQuery query = new ProjectQuery(year, null, null, stage, region, null, colour, null, null, false, 0, 200);
                    ProjectSearch.Page page = search.search(query);
                    assertThat(page.total()).as("%s %s %s", colour, stage, region).isEqualTo(expectedCount(year, colour, stage, region));
                    page.items().forEach(item -> {
                        assertThat(stage == null || item.stage() == stage).isTrue();
                        assertThat(colour == null || (item.warning() == null ? WarningColour.GREEN : item.warning()) == colour).isTrue();
                        assertThat(region == null || item.regionCode().startsWith(region)).isTrue();
                    });
                }
            }
        }
        assertThat(search.search(new ProjectQuery(year, null, null, null, null, null, WarningColour.RED, null, null, false, 0, 20)).total())
                .as("the demo list has red projects").isPositive();
    }

    @Test
    @WithUserDetails("district")
    void aDistrictOfficersScopeIsReadFromTheEntriesRegion() {
        int year = search.defaultYear();
        for (WarningColour colour : COLOURS) {
            ProjectQuery query = new ProjectQuery(year, null, null, null, null, null, colour, null, null, false, 0, 20);
            assertThat(search.search(query).total()).isEqualTo(expectedCount(year, colour, null, "339902"));
        }
    }

    @Test
    @WithUserDetails("admin")
    void aStageChangeARegionChangeAJudgementAndANewMonthMoveTheEntriesWithTheirProjects() {
        int year = search.defaultYear();
        YearMonth wm = search.warningMonth(year);
        String code = jdbc.queryForObject("""
                SELECT p.code FROM project p JOIN project_plan pl ON pl.project_id = p.id AND pl.year = ?
                WHERE p.stage = 'CONSTRUCTION' ORDER BY p.id LIMIT 1""", String.class, year);
        long id = jdbc.queryForObject("SELECT id FROM project WHERE code = ?", Long.class, code);

        registry.changeStage(code, ProjectStage.COMPLETED, LocalDate.now().minusDays(1), "竣工");
        assertThat(jdbc.queryForList("SELECT DISTINCT stage FROM project_plan WHERE project_id = ?", String.class, id))
                .containsExactly("COMPLETED");
        jdbc.update("UPDATE project SET region_code = '339903' WHERE id = ?", id);
        assertThat(jdbc.queryForList("SELECT DISTINCT region_code FROM project_plan WHERE project_id = ?", String.class, id))
                .containsExactly("339903");

        // A plan ten times larger puts the project far behind the time's progress: it is judged again.
        jdbc.update("UPDATE project_plan SET planned_investment = planned_investment * 10 + 1000 WHERE project_id = ? AND year = ?", id, year);
        warnings.refreshProject(id, year);
        assertThat(entriesOutOfStep(year)).isZero();
        String colour = jdbc.queryForObject("SELECT colour FROM project_warning WHERE project_id = ? AND month = ?", String.class, id,
                wm.atDay(1));
        assertThat(codes(year, WarningColour.valueOf(colour), ProjectStage.COMPLETED)).contains(code);

        // The list's month moved on before the night judged it: the entry's colour is of another month, so not yet judged.
        jdbc.update("UPDATE project_plan SET colour = 'RED', colour_month = ? WHERE project_id = ? AND year = ?",
                wm.minusMonths(1).atDay(1), id, year);
        jdbc.update("DELETE FROM project_warning WHERE project_id = ? AND month = ?", id, wm.atDay(1));
        assertThat(codes(year, WarningColour.RED, ProjectStage.COMPLETED)).doesNotContain(code);
        assertThat(codes(year, WarningColour.GREEN, ProjectStage.COMPLETED)).contains(code);
        assertThat(entriesOutOfStep(year)).isZero();
    }

    @Test
    @WithUserDetails("admin")
    void aMonthOtherThanTheListsIsFilteredOnThatMonthsWarningRows() {
        int year = search.defaultYear();
        YearMonth earlier = search.warningMonth(year).minusMonths(1);
        for (WarningColour colour : List.of(WarningColour.RED, WarningColour.GREEN)) {
            List<String> codes = new ArrayList<>();
            search.streamForMonth(earlier, null, colour, item -> codes.add(item.code()));
            long expected = jdbc.queryForObject("""
                    SELECT count(*) FROM project_plan pl LEFT JOIN project_warning w ON w.project_id = pl.project_id AND w.month = ?
                    WHERE pl.year = ? AND coalesce(w.colour, 'GREEN') = ?""", Long.class, earlier.atDay(1), earlier.getYear(), colour.name());
            assertThat(codes).hasSize((int) expected);
        }
    }

    private List<String> codes(int year, WarningColour colour, ProjectStage stage) {
        return search.search(new ProjectQuery(year, null, null, stage, null, null, colour, null, null, false, 0, 200)).items().stream()
                .map(ProjectListItem::code).toList();
    }

    /** The count from the facts themselves: the projects' stage and region, the colour of the list month's warning row. */
    private long expectedCount(int year, WarningColour colour, ProjectStage stage, String region) {
        List<Object> params = new ArrayList<>(List.of(search.warningMonth(year).atDay(1), year));
        StringBuilder sql = new StringBuilder("""
                SELECT count(*) FROM project_plan pl JOIN project p ON p.id = pl.project_id
                LEFT JOIN project_warning w ON w.project_id = p.id AND w.month = ? WHERE pl.year = ?""");
        if (colour != null) {
            sql.append(" AND coalesce(w.colour, 'GREEN') = ?");
            params.add(colour.name());
        }
        if (stage != null) {
            sql.append(" AND p.stage = ?");
            params.add(stage.name());
        }
        if (region != null) {
            sql.append(" AND p.region_code LIKE ?");
            params.add(region + "%");
        }
        return jdbc.queryForObject(sql.toString(), Long.class, params.toArray());
    }

    /** Entries whose kept stage, region or list colour differ from their project's and the list month's warning row. */
    private long entriesOutOfStep(int year) {
        return jdbc.queryForObject("""
                SELECT count(*) FROM project_plan pl JOIN project p ON p.id = pl.project_id
                LEFT JOIN project_warning w ON w.project_id = p.id AND w.month = ?
                WHERE pl.year = ? AND (pl.stage <> p.stage OR pl.region_code <> p.region_code
                   OR (w.project_id IS NULL AND pl.colour_month = ?)
                   OR (w.project_id IS NOT NULL AND (pl.colour IS DISTINCT FROM w.colour OR pl.colour_month IS DISTINCT FROM w.month)))""",
                Long.class, search.warningMonth(year).atDay(1), year, search.warningMonth(year).atDay(1));
    }
}
