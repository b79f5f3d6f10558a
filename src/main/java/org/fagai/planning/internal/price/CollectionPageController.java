package org.fagai.planning.internal.price;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fagai.organization.CurrentUser;
import org.fagai.planning.internal.PlanningAccess;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.web.ExcelExport;
import org.fagai.shared.web.ImportRejected;
import org.fagai.shared.web.MessageText;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages: collecting a point's prices on a phone, and the Excel import. */
@Controller
class CollectionPageController {

    private static final Pattern PRICE_FIELD = Pattern.compile("price_([0-9]{1,9})");

    private final PriceMonitoring monitoring;
    private final PriceCollections collections;
    private final PriceImport imports;
    private final PriceStore store;
    private final PlanningAccess access;
    private final MessageText text;

    CollectionPageController(PriceMonitoring monitoring, PriceCollections collections, PriceImport imports, PriceStore store,
                             PlanningAccess access, MessageText text) {
        this.monitoring = monitoring;
        this.collections = collections;
        this.imports = imports;
        this.store = store;
        this.access = access;
        this.text = text;
    }

    @GetMapping("/prices/collect")
    String form(@RequestParam(required = false) Integer point,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, Model model) {
        CurrentUser user = access.reader();
        List<Point> points = monitoring.points().stream().filter(p -> p.enabled() && access.mayWrite(user, p.regionCode())).toList();
        Point chosen = points.stream().filter(p -> point != null && p.id() == point).findFirst()
                .or(() -> points.stream().filter(p -> Long.valueOf(user.id()).equals(p.collectorId())).findFirst())
                .orElse(points.isEmpty() ? null : points.get(0));
        LocalDate day = date == null ? monitoring.today() : PriceMonitoring.checkDay("date", date);
        CollectionCycle cycle = monitoring.cycle();
        model.addAttribute("points", points);
        model.addAttribute("point", chosen);
        model.addAttribute("date", day);
        model.addAttribute("frequency", cycle.frequency(day).name());
        model.addAttribute("window", cycle.dailyWindow(day).orElse(null));
        model.addAttribute("goods", monitoring.goods().stream().filter(Good::enabled).toList());
        model.addAttribute("entered", chosen == null ? Map.of() : store.entered(chosen.id(), day));
        return "planning/price-collect";
    }

    @PostMapping("/prices/collect")
    String collect(@RequestParam(required = false) Integer pointId,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                   @RequestParam Map<String, String> fields, RedirectAttributes redirect) {
        List<PriceCommands.Entry> entries = new ArrayList<>();
        List<FieldErrors.FieldError> errors = new ArrayList<>();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            Matcher m = PRICE_FIELD.matcher(field.getKey());
            if (!m.matches() || field.getValue() == null || field.getValue().isBlank()) {
                continue;
            }
            String value = field.getValue().strip();
            try {
                entries.add(new PriceCommands.Entry(Integer.valueOf(m.group(1)), new BigDecimal(value.length() > 20 ? "x" : value)));
            } catch (NumberFormatException e) {
                errors.add(new FieldErrors.FieldError(field.getKey(), text.get("planning.collect.notNumber",
                        value.length() > 20 ? value.substring(0, 20) + "…" : value)));
            }
        }
        try {
            if (!errors.isEmpty()) {
                throw new FieldErrors(errors);
            }
            PriceViews.Stored stored = collections.collect(new PriceCommands.Collection(pointId, date, entries));
            redirect.addFlashAttribute("saved", text.get("planning.collect.saved", stored.stored()));
            redirect.addFlashAttribute("outliers", stored.outliers());
        } catch (FieldErrors e) {
            redirect.addFlashAttribute("errors", e.errors());
        }
        return "redirect:/prices/collect?point=" + (pointId == null ? "" : pointId) + "&date=" + (date == null ? "" : date);
    }

    @GetMapping("/prices/import")
    String importPage() {
        access.reader();
        return "planning/price-import";
    }

    @PostMapping("/prices/import")
    String importFile(@RequestParam(value = "file", required = false) MultipartFile file, Model model) {
        try {
            model.addAttribute("saved", text.get("planning.import.done", imports.importFile(file)));
        } catch (ImportRejected e) {
            model.addAttribute("importErrors", e.errors());
        }
        return "planning/price-import";
    }

    @GetMapping("/prices/import/template")
    ResponseEntity<byte[]> template() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        imports.template(out);
        return ResponseEntity.ok().headers(ExcelExport.downloadHeaders(imports.templateFile())).body(out.toByteArray());
    }
}
