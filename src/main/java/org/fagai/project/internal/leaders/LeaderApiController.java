package org.fagai.project.internal.leaders;

import java.util.List;
import org.fagai.shared.MaxLength;
import org.fagai.shared.web.ApiController;
import org.fagai.shared.web.PageNumber;
import org.fagai.shared.web.PageSize;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/** 包保领导 of a project, and the signed-in leader's own projects. */
@ApiController("/api/v1/projects")
class LeaderApiController {

    private final LeaderBook leaders;

    LeaderApiController(LeaderBook leaders) {
        this.leaders = leaders;
    }

    @GetMapping("/mine")
    LeaderBook.Page mine(@RequestParam(defaultValue = "0") @PageNumber int page, @RequestParam(defaultValue = "50") @PageSize int size) {
        return leaders.mine(page, size);
    }

    @GetMapping("/{code}/leaders")
    List<LeaderBook.Leader> leaders(@PathVariable @MaxLength(30) String code) {
        return leaders.leadersOf(code);
    }

    @PostMapping("/{code}/leaders")
    ResponseEntity<List<LeaderBook.Leader>> assign(@PathVariable @MaxLength(30) String code, @RequestBody LeaderBook.Assignment assignment) {
        leaders.assign(code, assignment);
        return ResponseEntity.status(HttpStatus.CREATED).body(leaders.leadersOf(code));
    }

    @DeleteMapping("/{code}/leaders/{username}")
    List<LeaderBook.Leader> remove(@PathVariable @MaxLength(30) String code, @PathVariable @MaxLength(50) String username) {
        leaders.remove(code, username);
        return leaders.leadersOf(code);
    }
}
