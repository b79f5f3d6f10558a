package org.fagai.project.internal;

import org.fagai.project.internal.blockers.BlockerStatus;
import org.fagai.project.internal.progress.ProgressRow;
import org.fagai.project.internal.registry.ProjectView;
import org.fagai.project.internal.blockers.BlockerBook;
import org.fagai.project.internal.progress.ProgressLedger;
import org.fagai.project.internal.registry.ProjectRegistry;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Print view (A4, no navigation): a project's 项目基本情况表 with this year's progress. */
@Controller
class ProjectPrintController {

    private final ProjectRegistry registry;
    private final ProgressLedger ledger;
    private final BlockerBook blockers;
    private final Clock clock;

    ProjectPrintController(ProjectRegistry registry, ProgressLedger ledger, BlockerBook blockers, Clock clock) {
        this.registry = registry;
        this.ledger = ledger;
        this.blockers = blockers;
        this.clock = clock;
    }

    @GetMapping("/projects/{code}/print")
    String card(@PathVariable String code, Model model) {
        ProjectView project = registry.view(code);
        LocalDate today = LocalDate.now(clock);
        int year = today.getYear();
        List<ProgressRow> thisYear = ledger.history(project.code()).stream().filter(r -> r.month().getYear() == year).toList();
        model.addAttribute("project", project);
        model.addAttribute("year", year);
        model.addAttribute("plan", project.plans().stream().filter(p -> p.year() == year).findFirst().orElse(null));
        model.addAttribute("progress", thisYear);
        model.addAttribute("blockers", blockers.board(null, null, false, project.code(), 200).stream()
                .filter(b -> b.status() != BlockerStatus.RESOLVED).toList());
        model.addAttribute("today", today);
        model.addAttribute("backLink", "/projects/" + project.code());
        return "project/print-card";
    }
}
