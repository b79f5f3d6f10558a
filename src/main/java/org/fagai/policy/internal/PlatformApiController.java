package org.fagai.policy.internal;

import java.net.URI;
import java.util.List;
import org.fagai.shared.MaxLength;
import org.fagai.shared.web.ApiController;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/** The reserve of innovation platforms over JSON. */
@ApiController("/api/v1/innovation-platforms")
class PlatformApiController {

    private final Platforms platforms;
    private final PolicyExports exports;

    PlatformApiController(Platforms platforms, PolicyExports exports) {
        this.platforms = platforms;
        this.exports = exports;
    }

    /** The list in Excel, with its filter. */
    @GetMapping("/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) @MaxLength(12) String status) {
        return exports.platforms(platforms.list(status == null || status.isBlank() ? null : status));
    }

    @GetMapping
    List<Platforms.PlatformView> list(@RequestParam(required = false) @MaxLength(12) String status) {
        return platforms.list(status);
    }

    @PostMapping
    ResponseEntity<Platforms.PlatformView> create(@RequestBody Platforms.New command) {
        long id = platforms.create(command);
        return ResponseEntity.created(URI.create("/api/v1/innovation-platforms/" + id)).body(platforms.get(id));
    }

    @PostMapping("/{id}/status")
    Platforms.PlatformView advance(@PathVariable long id, @RequestBody Platforms.Step command) {
        platforms.advance(id, command);
        return platforms.get(id);
    }
}
