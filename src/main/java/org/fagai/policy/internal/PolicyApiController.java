package org.fagai.policy.internal;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.fagai.shared.web.ApiController;
import org.fagai.shared.web.CalendarYear;
import org.fagai.shared.web.PageNumber;
import org.fagai.shared.web.PageSize;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/** 政策兑现 over JSON for staff: policies, the enterprises they match, pushes, 免申即享 grants, the applications' steps, amounts. */
@ApiController("/api/v1/policies")
class PolicyApiController {

    private final Policies policies;
    private final PolicyApplications applications;
    private final PolicyExports exports;

    PolicyApiController(Policies policies, PolicyApplications applications, PolicyExports exports) {
        this.policies = policies;
        this.applications = applications;
        this.exports = exports;
    }

    /** The list in Excel, with its filter. */
    @GetMapping("/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) @CalendarYear Integer year) {
        return exports.policies(policies.list(year, 0, PolicyExports.MAX_ROWS));
    }

    record Page(List<PolicyView> policies, long total) {
    }

    @GetMapping
    Page list(@RequestParam(required = false) @CalendarYear Integer year, @RequestParam(defaultValue = "0") @PageNumber int page,
              @RequestParam(defaultValue = "20") @PageSize int size) {
        return new Page(policies.list(year, page, size), policies.count(year));
    }

    @PostMapping
    ResponseEntity<PolicyView> create(@RequestBody PolicyCommands.Policy command) {
        long id = policies.create(command);
        return ResponseEntity.created(URI.create("/api/v1/policies/" + id)).body(policies.get(id));
    }

    @GetMapping("/{id}")
    PolicyView get(@PathVariable long id) {
        return policies.visible(id);
    }

    @GetMapping("/{id}/matches")
    List<Policies.Match> matches(@PathVariable long id) {
        return policies.matches(id);
    }

    @PostMapping("/{id}/push")
    Map<String, Integer> push(@PathVariable long id, @RequestBody PolicyCommands.Push command) {
        return Map.of("pushed", policies.push(id, command));
    }

    @PostMapping("/{id}/grants")
    PolicyApplications.ApplicationView grant(@PathVariable long id, @RequestBody PolicyCommands.Grant command) {
        return applications.load(applications.grantWithoutApplication(id, command));
    }

    @GetMapping("/{id}/applications")
    List<PolicyApplications.ApplicationView> applications(@PathVariable long id) {
        return applications.forPolicy(id);
    }

    @PostMapping("/applications/{id}/review")
    PolicyApplications.ApplicationView review(@PathVariable long id, @RequestBody PolicyCommands.Review command) {
        applications.review(id, command);
        return applications.load(id);
    }

    @PostMapping("/applications/{id}/decide")
    PolicyApplications.ApplicationView decide(@PathVariable long id, @RequestBody PolicyCommands.Amount command) {
        applications.decide(id, command);
        return applications.load(id);
    }

    @PostMapping("/applications/{id}/pay")
    PolicyApplications.ApplicationView pay(@PathVariable long id, @RequestBody PolicyCommands.Amount command) {
        applications.pay(id, command);
        return applications.load(id);
    }

    @GetMapping("/amounts")
    List<PolicyApplications.Amounts> amounts(@RequestParam(required = false) @CalendarYear Integer year) {
        return applications.amounts(year);
    }
}
