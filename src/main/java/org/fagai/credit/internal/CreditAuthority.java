package org.fagai.credit.internal;

import org.fagai.shared.CreditCode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The commission that decides licences and supplies the data (XK_XKJG/XK_LYDW, CF_CFJG/CF_SJLY defaults). */
@Component
class CreditAuthority {

    private final String name;
    private final String code;

    CreditAuthority(@Value("${fagai.credit.authority-name:示范市发展和改革委员会}") String name,
                    @Value("${fagai.credit.authority-code:11339900MB0143001R}") String code) {
        this.name = name;
        this.code = CreditCode.of(code).value();
    }

    String name() {
        return name;
    }

    String code() {
        return code;
    }
}
