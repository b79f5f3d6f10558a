package org.fagai.enterprise.internal;

import java.net.URI;
import java.time.LocalDate;
import org.fagai.shared.MaxLength;
import org.fagai.shared.web.ApiController;
import org.fagai.shared.web.PageNumber;
import org.fagai.shared.web.PageSize;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/** 信访 cases as JSON: receive, list, decide, extend, answer. */
@ApiController("/api/v1/petitions")
class PetitionApiController {

    private final Petitions petitions;

    PetitionApiController(Petitions petitions) {
        this.petitions = petitions;
    }

    @PostMapping
    ResponseEntity<PetitionView> receive(@RequestBody PetitionCommands.Receive command) {
        PetitionView view = petitions.receive(command);
        return ResponseEntity.created(URI.create("/api/v1/petitions/" + view.id())).body(view);
    }

    /** {@code state} RECEIVED, ACCEPTED, NOT_ACCEPTED, ANSWERED or OVERDUE; {@code sort} received (default), due or id. */
    @GetMapping
    PetitionQueries.Page list(@RequestParam(required = false) @MaxLength(20) String state,
                              @RequestParam(required = false) @MaxLength(100) String q,
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                              @RequestParam(required = false) @MaxLength(10) String sort,
                              @RequestParam(defaultValue = "false") boolean desc,
                              @RequestParam(defaultValue = "0") @PageNumber int page,
                              @RequestParam(defaultValue = "20") @PageSize int size) {
        return petitions.list(new PetitionQueries.Filter(state, q, from, to, sort, desc, page, size));
    }

    @GetMapping("/{id}")
    PetitionView get(@PathVariable long id) {
        return petitions.get(id);
    }

    @PostMapping("/{id}/decision")
    PetitionView decide(@PathVariable long id, @RequestBody PetitionCommands.Decide command) {
        return petitions.decide(id, command);
    }

    @PostMapping("/{id}/extension")
    PetitionView extend(@PathVariable long id, @RequestBody PetitionCommands.Extend command) {
        return petitions.extend(id, command);
    }

    @PostMapping("/{id}/answer")
    PetitionView answer(@PathVariable long id, @RequestBody PetitionCommands.Answer command) {
        return petitions.answer(id, command);
    }
}
