package org.fagai.policy.internal;

import java.net.URI;
import java.util.List;
import org.fagai.shared.web.ApiController;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** An enterprise account's side over JSON: the policies it meets, its applications, a new application. */
@ApiController("/api/v1/policy-service")
class PolicyServiceApiController {

    private final EnterprisePolicies mine;
    private final PolicyApplications applications;

    PolicyServiceApiController(EnterprisePolicies mine, PolicyApplications applications) {
        this.mine = mine;
        this.applications = applications;
    }

    @GetMapping("/policies")
    List<PolicyView> policies() {
        return mine.policies();
    }

    @GetMapping("/applications")
    List<PolicyApplications.ApplicationView> applications() {
        return applications.mine();
    }

    @PostMapping("/applications")
    ResponseEntity<PolicyApplications.ApplicationView> apply(@RequestBody PolicyCommands.Apply command) {
        long id = applications.apply(command);
        return ResponseEntity.created(URI.create("/api/v1/policy-service/applications")).body(applications.load(id));
    }
}
