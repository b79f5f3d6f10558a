package org.fagai.supervision.internal;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.fagai.shared.web.ApiController;
import org.fagai.shared.web.PageNumber;
import org.fagai.shared.web.PageSize;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/** 通知公告: {@code POST /api/v1/notices}, the received (or published) list, a notice, and who read it. */
@ApiController("/api/v1/notices")
class NoticeApi {

    private final NoticeBoard board;

    NoticeApi(NoticeBoard board) {
        this.board = board;
    }

    @PostMapping
    ResponseEntity<NoticeBoard.NoticeView> publish(@Valid @RequestBody(required = false) NewNotice notice) {
        long id = board.publish(notice);
        return ResponseEntity.created(URI.create("/api/v1/notices/" + id)).body(board.open(id));
    }

    @GetMapping
    NoticeBoard.NoticePage list(@RequestParam(defaultValue = "false") boolean published,
                                @RequestParam(defaultValue = "0") @PageNumber int page,
                                @RequestParam(defaultValue = "20") @PageSize int size) {
        int pageSize = NotificationPages.pageSize(size);
        return published ? board.published(page, pageSize) : board.received(page, pageSize);
    }

    @GetMapping("/{id}")
    NoticeBoard.NoticeView get(@PathVariable long id) {
        return board.open(id);
    }

    @GetMapping("/{id}/readers")
    List<NoticeBoard.Reader> readers(@PathVariable long id) {
        return board.readers(id);
    }
}
