package org.fagai.planning.internal.population;

import jakarta.validation.Valid;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import org.fagai.shared.MaxLength;
import org.fagai.shared.NotFoundException;
import org.fagai.shared.StoredText;
import org.fagai.shared.web.ApiController;
import org.fagai.shared.web.ApiExceptionHandler;
import org.fagai.shared.web.Formats;
import org.fagai.shared.web.CalendarYear;
import org.fagai.shared.web.ExcelExport;
import org.fagai.shared.web.MessageText;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

@ApiController("/api/v1/population")
class PopulationApiController {

    private final Population population;
    private final PopulationImport imports;

    private final Formats fmt;
    private final MessageText text;

    PopulationApiController(Population population, PopulationImport imports, Formats fmt, MessageText text) {
        this.fmt = fmt;
        this.text = text;
        this.population = population;
        this.imports = imports;
    }

    /**
     * {"regionCode":"339902","year":2026,"total":500000,"towns":[{"code":"339902001","target":…},…]}: the district's
     * target split over all its towns; 422 naming the sum when they do not add up to the total.
     */
    @PostMapping("/targets")
    ResponseEntity<Population.View> split(@Valid @RequestBody Population.NewSplit split) {
        return ResponseEntity.status(HttpStatus.CREATED).body(population.split(split));
    }

    @GetMapping("/targets")
    Population.View view(@RequestParam(required = false) @MaxLength(9) String region, @RequestParam @CalendarYear int year) {
        String r = region == null ? population.defaultDistrict() : region;
        return population.view(r, year).orElseThrow(() -> new NotFoundException(StoredText.of("planning.error.noPopulationTargetOf", r, year)));
    }

    @PostMapping("/actuals")
    Map<String, Integer> actuals(@Valid @RequestBody Population.Actuals actuals) {
        return Map.of("saved", population.saveActuals(actuals));
    }

    @PostMapping("/actuals/import")
    Map<String, Integer> importActuals(@RequestParam(value = "file", required = false) MultipartFile file) {
        return Map.of("stored", imports.importFile(file));
    }

    @GetMapping("/actuals/import")
    ResponseEntity<byte[]> template() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        imports.template(out);
        return ResponseEntity.ok().headers(ExcelExport.downloadHeaders(imports.templateFile())).body(out.toByteArray());
    }

    @ExceptionHandler(PopulationSplit.Refused.class)
    ProblemDetail refused(PopulationSplit.Refused e) {
        String reason = fmt.stored(e.getMessage());
        ProblemDetail problem = ApiExceptionHandler.problem(HttpStatus.UNPROCESSABLE_CONTENT, text.get("planning.problem.split"), reason);
        problem.setProperty("errors", List.of(Map.of("field", e.field(), "message", reason)));
        return problem;
    }
}
