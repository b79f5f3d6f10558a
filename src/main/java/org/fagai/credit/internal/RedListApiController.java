package org.fagai.credit.internal;

import jakarta.validation.Valid;
import org.fagai.credit.RedListStatus;
import org.fagai.shared.MaxLength;
import org.fagai.shared.web.ApiController;
import org.fagai.shared.web.Formats;
import org.fagai.shared.web.PageNumber;
import org.fagai.shared.web.PageSize;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/** The red list (守信激励对象 / 诚信典型) over the API. */
@ApiController("/api/v1/credit/red-list")
class RedListApiController {

    private final RedList redList;

    private final Formats fmt;

    RedListApiController(RedList redList, Formats fmt) {
        this.redList = redList;
        this.fmt = fmt;
    }

    @GetMapping
    ListPage<RedListEntryView> list(@RequestParam(required = false) @MaxLength(200) String q,
                                    @RequestParam(required = false) Boolean inForce,
                                    @RequestParam(defaultValue = "0") @PageNumber int page,
                                    @RequestParam(defaultValue = "20") @PageSize int size) {
        return redList.search(q, inForce, page, size);
    }

    @PostMapping
    ResponseEntity<RedListEntryView> add(@RequestBody RedListForm form) {
        return ResponseEntity.status(HttpStatus.CREATED).body(redList.find(redList.add(form)));
    }

    @PostMapping("/{id}/remove")
    RedListEntryView remove(@PathVariable long id, @Valid @RequestBody CreditApiController.Reason reason) {
        redList.remove(id, reason.reason());
        return redList.find(id);
    }

    @GetMapping("/status/{creditCode}")
    RedListStatus status(@PathVariable @MaxLength(50) String creditCode) {
        RedListStatus status = redList.redListStatus(creditCode);
        return status.withDetail(fmt.stored(status.detail()));
    }
}
