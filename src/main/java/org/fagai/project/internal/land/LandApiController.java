package org.fagai.project.internal.land;

import org.fagai.shared.MaxLength;
import org.fagai.shared.web.ApiController;
import org.fagai.shared.web.CalendarYear;
import org.fagai.shared.web.ExcelExport;
import org.fagai.shared.web.MessageText;
import org.fagai.shared.web.PageNumber;
import org.fagai.shared.web.PageSize;
import org.fagai.shared.NotFoundException;
import org.fagai.shared.StoredText;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/** A project's land and the land demand of a year's key projects. */
@ApiController("/api/v1/projects")
class LandApiController {

    private final LandBook land;
    private final LandDemand demand;
    private final MessageText text;

    LandApiController(LandBook land, LandDemand demand, MessageText text) {
        this.text = text;
        this.land = land;
        this.demand = demand;
    }

    @GetMapping("/{code}/land")
    LandView land(@PathVariable @MaxLength(30) String code) {
        return land.of(code).orElseThrow(() -> new NotFoundException(StoredText.of("project.error.land.none", code)));
    }

    @PutMapping("/{code}/land")
    LandView save(@PathVariable @MaxLength(30) String code, @RequestBody LandInput input) {
        return land.save(code, input);
    }

    @GetMapping("/land-demand")
    LandDemand.Page demand(@RequestParam @CalendarYear int year, @RequestParam(required = false) @MaxLength(6) String region,
                           @RequestParam(defaultValue = "0") @PageNumber int page,
                           @RequestParam(defaultValue = "50") @PageSize int size) {
        return demand.page(year, region, page, size);
    }

    @GetMapping("/land-demand/export")
    ResponseEntity<byte[]> export(@RequestParam @CalendarYear int year, @RequestParam(required = false) @MaxLength(6) String region) {
        return ResponseEntity.ok().headers(ExcelExport.downloadHeaders(text.get("project.land.export.file", String.valueOf(year))))
                .body(demand.export(year, region).toByteArray());
    }
}
