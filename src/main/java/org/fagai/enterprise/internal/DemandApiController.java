package org.fagai.enterprise.internal;

import java.net.URI;
import java.time.LocalDate;
import org.fagai.shared.MaxLength;
import org.fagai.shared.web.ApiController;
import org.fagai.shared.web.ExcelExport;
import org.fagai.shared.web.MessageText;
import org.fagai.shared.web.PageNumber;
import org.fagai.shared.web.PageSize;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/** Demands (诉求) as JSON: raise, list, route, answer, return visit, the three rates. */
@ApiController("/api/v1/demands")
class DemandApiController {

    private final Demands demands;
    private final DemandQueries queries;
    private final DemandRates rates;
    private final EnterpriseAccess access;
    private final MessageText text;

    DemandApiController(Demands demands, DemandQueries queries, DemandRates rates, EnterpriseAccess access, MessageText text) {
        this.text = text;
        this.demands = demands;
        this.queries = queries;
        this.rates = rates;
        this.access = access;
    }

    @PostMapping
    ResponseEntity<DemandView> raise(@RequestBody DemandCommands.Raise command) {
        DemandView view = demands.raise(command);
        return ResponseEntity.created(URI.create("/api/v1/demands/" + view.id())).body(view);
    }

    @GetMapping
    DemandQueries.Page list(@RequestParam(required = false) @MaxLength(20) String state,
                            @RequestParam(required = false) @MaxLength(20) String category,
                            @RequestParam(required = false) @MaxLength(18) String creditCode,
                            @RequestParam(required = false) @MaxLength(100) String q,
                            @RequestParam(required = false) Long department,
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                            @RequestParam(defaultValue = "0") @PageNumber int page,
                            @RequestParam(defaultValue = "20") @PageSize int size) {
        return queries.list(new DemandQueries.Filter(state, category, creditCode, q, department, from, to, page, size),
                access.reader());
    }

    @GetMapping("/{id}")
    DemandView get(@PathVariable long id) {
        return demands.get(id);
    }

    @PostMapping("/{id}/route")
    DemandView route(@PathVariable long id, @RequestBody DemandCommands.Route command) {
        return demands.route(id, command);
    }

    @PostMapping("/{id}/answer")
    DemandView answer(@PathVariable long id, @RequestBody DemandCommands.Answer command) {
        return demands.answer(id, command);
    }

    @PostMapping("/{id}/return-visit")
    DemandView returnVisit(@PathVariable long id, @RequestBody DemandCommands.ReturnVisit command) {
        return demands.returnVisit(id, command);
    }

    @GetMapping("/rates")
    DemandRates.Rates rates(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return rates.compute(from, to, access.reader());
    }

    @GetMapping("/rates/export")
    ResponseEntity<byte[]> exportRates(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                                      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        DemandRates.Rates r = rates.compute(from, to, access.reader());
        return ResponseEntity.ok().headers(ExcelExport.downloadHeaders(text.get("enterprise.export.rates.file")))
                .body(Downloads.bytes(out -> ExcelExport.write(out, text.get("enterprise.export.rates.title"),
                        ExportHeaders.of(text, "rates"), DemandExport.rateRows(r, text))));
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) @MaxLength(20) String state,
                                                 @RequestParam(required = false) @MaxLength(20) String category,
                                                 @RequestParam(required = false) @MaxLength(18) String creditCode,
                                                 @RequestParam(required = false) @MaxLength(100) String q,
                                                 @RequestParam(required = false) Long department,
                                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        var rows = DemandExport.rows(queries.all(new DemandQueries.Filter(state, category, creditCode, q, department, from, to, 0, 1),
                access.reader()), text);
        return ResponseEntity.ok().headers(ExcelExport.downloadHeaders(text.get("enterprise.export.demands.file")))
                .body(Downloads.bytes(out -> ExcelExport.write(out, text.get("enterprise.export.demands.title"),
                        ExportHeaders.of(text, "demands"), rows)));
    }
}
