package org.fagai.project.internal.stoppages;

import java.util.List;
import org.fagai.shared.MaxLength;
import org.fagai.shared.web.ApiController;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** 停复工 of a project: report a stop, confirm it, resume, and the history. */
@ApiController("/api/v1/projects")
class StoppageApiController {

    private final Stoppages stoppages;

    StoppageApiController(Stoppages stoppages) {
        this.stoppages = stoppages;
    }

    @PostMapping("/{code}/stoppages")
    ResponseEntity<Stoppage> report(@PathVariable @MaxLength(50) String code, @RequestBody StoppageInput input) {
        Stoppage stoppage = stoppages.report(code, input);
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").build(stoppage.id()))
                .body(stoppage);
    }

    @GetMapping("/{code}/stoppages")
    List<Stoppage> history(@PathVariable @MaxLength(50) String code) {
        return stoppages.history(code);
    }

    @PostMapping("/{code}/stoppages/{id}/confirm")
    Stoppage confirm(@PathVariable @MaxLength(50) String code, @PathVariable long id) {
        return stoppages.confirm(code, id);
    }

    @PostMapping("/{code}/stoppages/{id}/resume")
    Stoppage resume(@PathVariable @MaxLength(50) String code, @PathVariable long id, @RequestBody(required = false) ResumeInput input) {
        return stoppages.resume(code, id, input == null ? new ResumeInput(null, null) : input);
    }
}
