package org.fagai.credit.internal;

import org.fagai.shared.StoredText;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jakarta.validation.Valid;
import org.fagai.credit.CreditCheckResult;
import org.fagai.shared.MaxLength;
import org.fagai.shared.web.Formats;
import org.fagai.shared.web.ApiController;
import org.fagai.shared.web.ExcelExport;
import org.fagai.shared.web.PageNumber;
import org.fagai.shared.web.PageSize;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

@ApiController("/api/v1/credit")
class CreditApiController {

    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final DishonestyList list;
    private final Disclosures disclosures;
    private final Licences licences;
    private final Penalties penalties;
    private final PenaltyRepairs repairs;
    private final PublicationTermBook terms;
    private final LicenceEntries entries;
    private final DisclosureImport imports;
    private final LicenceParties parties;
    private final Formats fmt;

    CreditApiController(DishonestyList list, Disclosures disclosures, Licences licences, Penalties penalties, PenaltyRepairs repairs, PublicationTermBook terms,
                        LicenceEntries entries, DisclosureImport imports, LicenceParties parties, Formats fmt) {
        this.parties = parties;
        this.fmt = fmt;
        this.entries = entries;
        this.imports = imports;
        this.list = list;
        this.disclosures = disclosures;
        this.licences = licences;
        this.penalties = penalties;
        this.repairs = repairs;
        this.terms = terms;
    }

    @GetMapping("/blacklist")
    ListPage<BlacklistEntryView> blacklist(@RequestParam(required = false) String q,
                                           @RequestParam(required = false) String status,
                                           @RequestParam(defaultValue = "0") @PageNumber int page,
                                           @RequestParam(defaultValue = "20") @PageSize int size) {
        return list.search(q, status, Math.max(page, 0), Math.min(Math.max(size, 1), 500));
    }

    @PostMapping("/blacklist")
    ResponseEntity<BlacklistEntryView> addToBlacklist(@RequestBody BlacklistForm form) {
        return ResponseEntity.status(HttpStatus.CREATED).body(list.find(list.add(form)));
    }

    @PostMapping("/blacklist/import")
    Map<String, Integer> importBlacklist(@RequestParam("file") MultipartFile file) {
        return Map.of("imported", list.importXlsx(file));
    }

    @PostMapping("/blacklist/{id}/remove")
    BlacklistEntryView removeFromBlacklist(@PathVariable long id, @Valid @RequestBody Reason reason) {
        list.remove(id, reason.reason());
        return list.find(id);
    }

    @GetMapping("/checks/{creditCode}")
    CreditCheckResult check(@PathVariable String creditCode) {
        CreditCheckResult check = list.check(creditCode);
        return check.withDetail(fmt.stored(check.detail()));
    }

    @GetMapping("/disclosures")
    ListPage<?> disclosures(@RequestParam(defaultValue = "license") String type,
                            @RequestParam(required = false) Boolean published,
                            @RequestParam(required = false) String q,
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                            @RequestParam(defaultValue = "0") @PageNumber int page, @RequestParam(defaultValue = "20") @PageSize int size) {
        DisclosureQuery query = new DisclosureQuery(type, published, q, from, to, page, Math.min(size, 500));
        return query.licences() ? licences.licences(query) : penalties.penalties(query);
    }

    @PostMapping("/disclosures/{type}/{id}/publish")
    Map<String, Object> publish(@PathVariable String type, @PathVariable long id) {
        disclosures.publish(type, id);
        return Map.of("id", id, "published", true);
    }

    @PostMapping("/penalties")
    ResponseEntity<PenaltyView> recordPenalty(@RequestBody PenaltyForm form) {
        return ResponseEntity.status(HttpStatus.CREATED).body(penalties.penalty(penalties.recordPenalty(form)));
    }

    @PostMapping("/licences")
    ResponseEntity<LicenceView> recordLicence(@RequestBody LicenceForm form) {
        return ResponseEntity.status(HttpStatus.CREATED).body(licences.licence(entries.record(form)));
    }

    /** Completes a licence's party items (category, legal representative, documents …), checked by category. */
    @PutMapping("/licences/{id}/party")
    LicenceView completeLicenceParty(@PathVariable long id, @RequestBody LicenceForm form) {
        parties.complete(id, form);
        return licences.licence(id);
    }

    /** 双公示 import in the national standard ({@code type} license or penalty): all rows or none. */
    @PostMapping("/disclosures/import")
    Map<String, Integer> importDisclosures(@RequestParam(defaultValue = "license") @MaxLength(10) String type,
                                           @RequestParam("file") MultipartFile file) {
        return Map.of("imported", imports.importXlsx(type, file));
    }

    @PostMapping("/penalties/{id}/repair")
    PenaltyView repair(@PathVariable long id, @Valid @RequestBody PenaltyRepairs.RepairCommand command) {
        return repairs.repair(id, command);
    }

    @GetMapping("/publication-periods")
    List<PublicationTerm> publicationPeriods() {
        return terms.list();
    }

    /** Administrators only: the period a law prescribes for a field; stored penalties of the field are recomputed. */
    @PutMapping("/publication-periods/{category}")
    Map<String, Object> setPublicationPeriod(@PathVariable @MaxLength(50) String category, @Valid @RequestBody TermCommand command) {
        int recomputed = terms.update(category, command.minimumMonths(), command.maximumMonths(), command.legalBasis());
        return Map.of("category", category.strip().toUpperCase(), "recomputedPenalties", recomputed);
    }

    record TermCommand(Integer minimumMonths, Integer maximumMonths, @MaxLength(MaxLength.TEXT) String legalBasis) {
    }

    @GetMapping("/disclosures/export")
    ResponseEntity<StreamingResponseBody> export(@RequestParam(defaultValue = "license") String type,
                                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                                 @RequestParam(required = false) Boolean published,
                                                 @RequestParam(defaultValue = "csv") String format) {
        return exportResponse(disclosures, new DisclosureQuery(type, published, null, from, to, 0, 1), format);
    }

    static ResponseEntity<StreamingResponseBody> exportResponse(Disclosures disclosures, DisclosureQuery query, String format) {
        if (!"csv".equalsIgnoreCase(format) && !"xlsx".equalsIgnoreCase(format)) {
            throw new IllegalArgumentException(StoredText.of("credit.error.exportFormat"));
        }
        boolean csv = "csv".equalsIgnoreCase(format);
        DisclosureExport.Table table = disclosures.export(query);
        String fileName = "双公示-" + table.name() + (csv ? ".csv" : ".xlsx");
        if (csv) {
            HttpHeaders headers = new HttpHeaders();
            headers.setContentType(CSV);
            headers.setContentDisposition(ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build());
            return ResponseEntity.ok().headers(headers).body(out -> Csv.write(out, table.headers(), table.rows()));
        }
        return ResponseEntity.ok().headers(ExcelExport.downloadHeaders(fileName))
                .body(out -> ExcelExport.writeData(out, table.name(), table.headers(), table.rows()));
    }

    record Reason(@MaxLength(MaxLength.TEXT) String reason) {
    }
}
