package org.fagai.project.internal.blockers;

import java.util.List;
import org.fagai.project.internal.registry.ProjectRegistry;
import org.fagai.shared.web.ApiController;
import org.fagai.supervision.ItemView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Blockers with the state of the 督办 item following each, and routing one onto the loop: {@code loop} is null while
 * a blocker waits to be routed. Role and region checks are the services' (403 for leaders and project owners, 404 for
 * a blocker outside the user's scope, 409 for one already routed or resolved).
 */
@ApiController("/api/v1/projects")
class BlockerApiController {

    /** The section and person who will lead the item; the signed-in officer supervises it. */
    record RouteRequest(Long leadUnitId, Long leadPersonId) {
    }

    private final BlockerBook book;
    private final BlockerLoop loop;
    private final ProjectRegistry registry;

    BlockerApiController(BlockerBook book, BlockerLoop loop, ProjectRegistry registry) {
        this.book = book;
        this.loop = loop;
        this.registry = registry;
    }

    @GetMapping("/{code}/blockers")
    List<BlockerView> ofProject(@PathVariable String code) {
        return book.board(null, null, false, registry.visible(code).code(), 500);
    }

    @GetMapping("/blockers/{id}")
    BlockerView get(@PathVariable long id) {
        return book.view(id);
    }

    @PostMapping("/blockers/{id}/route")
    ResponseEntity<BlockerView> route(@PathVariable long id, @RequestBody(required = false) RouteRequest request) {
        ItemView item = loop.route(id, request == null ? null : request.leadUnitId(), request == null ? null : request.leadPersonId());
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/v1/supervision/items/{item}").build(item.id())).body(book.view(id));
    }
}
