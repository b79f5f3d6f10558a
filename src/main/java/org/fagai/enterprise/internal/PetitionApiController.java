package org.fagai.enterprise.internal;

import java.net.URI;
import org.fagai.shared.web.ApiController;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** 信访 cases as JSON. */
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
