package org.fagai.funds.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.fagai.shared.StoredText;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.funds.FundChannel;
import org.fagai.funds.FundState;
import org.fagai.funds.FundsAccount.Line;
import org.fagai.funds.FundsAccount.Summary;
import org.fagai.shared.MaxLength;
import org.fagai.shared.web.CalendarYear;
import org.fagai.shared.web.ExcelExport;
import org.fagai.shared.web.MessageText;
import org.fagai.shared.web.ReaderLanguage;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The year's account page (by channel and 专项, district, sector; the seed's sentence) and the Excel exports. */
@Controller
class FundsAccountController {

    private static final int EXPORT_LIMIT = 100_000;

    private final FundsLedger ledger;
    private final ApplicationList list;
    private final ChannelSettings settings;
    private final AuditLog audit;
    private final Clock clock;
    private final MessageText text;

    FundsAccountController(FundsLedger ledger, ApplicationList list, ChannelSettings settings, AuditLog audit, Clock clock,
                           MessageText text) {
        this.text = text;
        this.ledger = ledger;
        this.list = list;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/funds")
    String account(@RequestParam(required = false) @CalendarYear Integer year,
                   @RequestParam(required = false) @MaxLength(6) String region, Model model) {
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        Locale locale = LocaleContextHolder.getLocale();
        Summary summary = ledger.summary(y, region, locale);
        model.addAttribute("summary", summary);
        model.addAttribute("programs", ledger.lines(y, summary.regionCode(), FundsLedger.By.PROGRAM));
        model.addAttribute("districts", ledger.lines(y, summary.regionCode(), FundsLedger.By.REGION));
        model.addAttribute("sectors", ledger.lines(y, summary.regionCode(), FundsLedger.By.SECTOR));
        model.addAttribute("names", FundsExports.names(settings.rules(), ledger, summary.regionCode()));
        model.addAttribute("year", y);
        return "funds/account";
    }

    /** The account in the layout finance and the provincial DRC use: 渠道/专项 rows, 申报/通过/下达/支出 column groups. */
    @GetMapping("/funds/export")
    ResponseEntity<StreamingResponseBody> exportAccount(@RequestParam @CalendarYear int year,
                                                        @RequestParam(required = false) @MaxLength(6) String region) {
        Summary summary = ledger.summary(year, region, LocaleContextHolder.getLocale());
        Map<String, Line> programs = ledger.lines(year, summary.regionCode(), FundsLedger.By.PROGRAM);
        Map<String, Line> districts = ledger.lines(year, summary.regionCode(), FundsLedger.By.REGION);
        Map<String, Line> sectors = ledger.lines(year, summary.regionCode(), FundsLedger.By.SECTOR);
        Map<String, String> names = FundsExports.names(settings.rules(), ledger, summary.regionCode());
        audit.record(AuditAction.EXPORT, "funds", summary.regionCode(), StoredText.of("funds.audit.account.export", year));
        return ResponseEntity.ok()
                .headers(ExcelExport.downloadHeaders(text.get("funds.export.account.file", year, summary.regionName())))
                .body(ReaderLanguage.carried(out -> FundsWorkbook.account(out, summary, programs, districts, sectors, names, text)));
    }

    @GetMapping("/funds/applications/export")
    ResponseEntity<StreamingResponseBody> exportList(@RequestParam(required = false) @CalendarYear Integer year,
                                                     @RequestParam(required = false) FundChannel channel,
                                                     @RequestParam(required = false) FundState state,
                                                     @RequestParam(required = false) @MaxLength(6) String region,
                                                     @RequestParam(required = false) @MaxLength(30) String sector,
                                                     @RequestParam(required = false) @MaxLength(6) String colour,
                                                     @RequestParam(required = false) Boolean idle,
                                                     @RequestParam(required = false) @MaxLength(100) String q) {
        ApplicationQuery query = new ApplicationQuery(year, channel, state, region, sector, colour, idle, null, q, null, 0, 1);
        var rows = list.all(query, EXPORT_LIMIT);
        audit.record(AuditAction.EXPORT, "funds", "list", StoredText.of("funds.audit.applications.export", rows.size()));
        return ResponseEntity.ok().headers(ExcelExport.downloadHeaders(text.get("funds.export.applications.file")))
                .body(ReaderLanguage.carried(out -> FundsWorkbook.applications(out, rows, text)));
    }
}
