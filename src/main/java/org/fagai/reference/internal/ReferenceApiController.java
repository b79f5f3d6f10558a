package org.fagai.reference.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.fagai.reference.IndustryDirectory;
import org.fagai.reference.IndustryView;
import org.fagai.reference.RegionDirectory;
import org.fagai.reference.RegionView;
import org.fagai.shared.CreditCode;
import org.fagai.shared.web.ApiController;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@ApiController("/api/v1/reference")
class ReferenceApiController {

    private final RegionDirectory regions;
    private final IndustryDirectory industries;

    ReferenceApiController(RegionDirectory regions, IndustryDirectory industries) {
        this.regions = regions;
        this.industries = industries;
    }

    @GetMapping("/regions/{code}")
    RegionView region(@PathVariable String code) {
        return regions.get(code);
    }

    @GetMapping("/industries/{code}")
    IndustryView industry(@PathVariable String code) {
        return industries.get(code);
    }

    @GetMapping("/credit-codes/{code}")
    CreditCodeAnswer creditCode(@PathVariable String code) {
        return CreditCodeAnswer.of(code);
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CreditCodeAnswer(String code, boolean valid, String reason, String entityType, String regionCode) {

        static CreditCodeAnswer of(String raw) {
            CreditCode.Check check = CreditCode.check(raw);
            if (!check.valid()) {
                return new CreditCodeAnswer(check.code(), false, check.reason(), null, null);
            }
            CreditCode code = CreditCode.of(raw);
            return new CreditCodeAnswer(code.value(), true, null, CreditCode.entityTypeName(code.entityType()),
                    code.regionCode());
        }
    }
}
