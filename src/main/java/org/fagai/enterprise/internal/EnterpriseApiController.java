package org.fagai.enterprise.internal;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.fagai.shared.MaxLength;
import org.fagai.shared.web.ApiController;
import org.fagai.shared.web.ExcelExport;
import org.fagai.shared.web.PageNumber;
import org.fagai.shared.web.PageSize;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The registry, packages, visits and coverage as JSON. */
@ApiController("/api/v1")
class EnterpriseApiController {

    private final Enterprises enterprises;
    private final EnterpriseImport imports;
    private final EnterpriseProfiles profiles;
    private final ServicePackages packages;
    private final PackageList packageList;
    private final Coverage coverage;
    private final EnterpriseAccess access;

    EnterpriseApiController(Enterprises enterprises, EnterpriseImport imports, EnterpriseProfiles profiles,
                            ServicePackages packages, PackageList packageList, Coverage coverage, EnterpriseAccess access) {
        this.enterprises = enterprises;
        this.imports = imports;
        this.profiles = profiles;
        this.packages = packages;
        this.packageList = packageList;
        this.coverage = coverage;
        this.access = access;
    }

    @GetMapping("/enterprises")
    EnterpriseReads.Page list(@RequestParam(required = false) @MaxLength(100) String q,
                              @RequestParam(required = false) @MaxLength(9) String region,
                              @RequestParam(required = false) @MaxLength(5) String industry,
                              @RequestParam(required = false) @MaxLength(30) String flag,
                              @RequestParam(required = false) Integer flagYear,
                              @RequestParam(required = false) @MaxLength(10) String sort,
                              @RequestParam(defaultValue = "0") @PageNumber int page,
                              @RequestParam(defaultValue = "20") @PageSize int size) {
        return enterprises.search(new EnterpriseQuery(q, region, industry, flag, flagYear, sort, page, size));
    }

    @PostMapping("/enterprises")
    ResponseEntity<org.fagai.enterprise.EnterpriseView> create(@RequestBody EnterpriseCommand command) {
        var saved = enterprises.save(command);
        return ResponseEntity.created(URI.create("/api/v1/enterprises/" + saved.creditCode())).body(saved);
    }

    @GetMapping("/enterprises/{creditCode}")
    EnterpriseProfiles.Profile get(@PathVariable @MaxLength(18) String creditCode) {
        return profiles.profile(creditCode);
    }

    @PostMapping("/enterprises/import")
    EnterpriseImport.Result importFile(@RequestParam("file") MultipartFile file) {
        return imports.importXlsx(file);
    }

    @GetMapping("/enterprises/import")
    ResponseEntity<byte[]> template() {
        access.keeper();
        return ResponseEntity.ok().headers(ExcelExport.downloadHeaders(imports.templateFile())).body(Downloads.bytes(imports::template));
    }

    @GetMapping("/enterprises/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) @MaxLength(100) String q,
                                                 @RequestParam(required = false) @MaxLength(9) String region,
                                                 @RequestParam(required = false) @MaxLength(5) String industry,
                                                 @RequestParam(required = false) @MaxLength(30) String flag,
                                                 @RequestParam(required = false) Integer flagYear) {
        List<List<?>> rows = EnterpriseExport.rows(enterprises, new EnterpriseQuery(q, region, industry, flag, flagYear, null, 0, 1));
        return ResponseEntity.ok().headers(ExcelExport.downloadHeaders("企业库.xlsx"))
                .body(Downloads.bytes(out -> ExcelExport.write(out, "企业库", EnterpriseExport.HEADERS, rows)));
    }

    @PostMapping("/enterprises/{creditCode}/package")
    ServiceViews.PackageView savePackage(@PathVariable @MaxLength(18) String creditCode, @RequestBody ServiceCommands.Package c) {
        return packages.save(new ServiceCommands.Package(creditCode, c == null ? null : c.leaderId(), c == null ? null : c.staffId(),
                c == null ? null : c.policies(), c == null ? null : c.visitsPerQuarter()));
    }

    @PostMapping("/enterprises/{creditCode}/visits")
    ResponseEntity<ServiceViews.VisitView> visit(@PathVariable @MaxLength(18) String creditCode,
                                                 @RequestBody ServiceCommands.Visit c) {
        var visit = packages.visit(creditCode, c);
        return ResponseEntity.created(URI.create("/api/v1/visits/" + visit.id())).body(visit);
    }

    @GetMapping("/visits/{id}")
    ServiceViews.VisitView visit(@PathVariable long id) {
        return packages.visitView(id);
    }

    /** A photo of a visit (JPEG or PNG by content, at most 5 MB, 9 a visit) through the shared upload guard. */
    @PostMapping("/visits/{id}/photos")
    ResponseEntity<Map<String, Long>> visitPhoto(@PathVariable long id, @RequestParam("file") MultipartFile file) {
        long photo = packages.photo(id, file);
        return ResponseEntity.created(URI.create("/enterprises/photos/" + photo)).body(Map.of("id", photo));
    }

    @GetMapping("/service/packages")
    PackageList.Page packages(@RequestParam(required = false) Long staffId, @RequestParam(required = false) Long leaderId,
                              @RequestParam(required = false) @MaxLength(9) String region,
                              @RequestParam(defaultValue = "false") boolean behind,
                              @RequestParam(defaultValue = "0") @PageNumber int page,
                              @RequestParam(defaultValue = "20") @PageSize int size) {
        return packageList.list(new PackageList.Filter(staffId, leaderId, region, behind, page, size), access.reader());
    }

    @GetMapping("/service/coverage")
    Coverage.Result coverage(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                             @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                             @RequestParam(required = false) @MaxLength(10) String groupBy) {
        return coverage.compute(from, to, groupBy, access.reader());
    }

    @GetMapping("/service/coverage/not-visited")
    List<ServiceViews.PackageView> notVisited(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                              @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                              @RequestParam(defaultValue = "0") @PageNumber int page,
                                              @RequestParam(defaultValue = "50") @PageSize int size) {
        return coverage.notVisited(from, to, access.reader(), page, size);
    }
}
