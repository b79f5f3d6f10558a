package org.fagai.planning.internal.price;

import jakarta.validation.Valid;
import java.net.URI;
import org.fagai.shared.MaxLength;
import org.fagai.shared.web.ApiController;
import org.fagai.shared.web.CalendarYear;
import org.fagai.shared.web.PageNumber;
import org.fagai.shared.web.PageSize;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

@ApiController("/api/v1/prices/certifications")
class CertificationApiController {

    /** A case with how its time reads (LEFT/DUE_TODAY/OVERDUE with working days, USED when concluded). */
    record CaseView(Certification certification, String clock, int workingDays) {
    }

    private final Certifications certifications;

    CertificationApiController(Certifications certifications) {
        this.certifications = certifications;
    }

    @GetMapping
    Certifications.Page list(@RequestParam(required = false) @MaxLength(10) String state,
                             @RequestParam(required = false) @CalendarYear Integer year,
                             @RequestParam(required = false) @MaxLength(100) String q,
                             @RequestParam(defaultValue = "0") @PageNumber int page,
                             @RequestParam(defaultValue = "20") @PageSize int size) {
        return certifications.list(new Certifications.Query(state, year, q, page, Math.min(size, 200)));
    }

    @PostMapping
    ResponseEntity<CaseView> create(@Valid @RequestBody Certifications.NewCase c) {
        Certification created = certifications.create(c);
        return ResponseEntity.created(URI.create("/api/v1/prices/certifications/" + created.id())).body(view(created));
    }

    @GetMapping("/{id}")
    CaseView get(@PathVariable long id) {
        return view(certifications.get(id));
    }

    @PostMapping("/{id}/result")
    CaseView result(@PathVariable long id, @Valid @RequestBody Certifications.Result result) {
        return view(certifications.recordResult(id, result));
    }

    private CaseView view(Certification c) {
        CaseClock clock = certifications.clock(c);
        return new CaseView(c, clock.kind(), clock.workingDays());
    }
}
