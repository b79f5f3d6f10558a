package org.fagai.enterprise.internal;

import org.fagai.shared.MaxLength;

/**
 * The registry list's filters: keyword (name or credit code), region (town, county or city), industry (a GB/T 4754
 * code prefix), flag (with its year; any year when blank), size; sorted by name, code or revenue.
 */
record EnterpriseQuery(@MaxLength(100) String q, @MaxLength(9) String region, @MaxLength(5) String industry,
                       @MaxLength(30) String flag, Integer flagYear, @MaxLength(10) String sort, int page, int size) {

    EnterpriseQuery withPage(int newPage, int newSize) {
        return new EnterpriseQuery(q, region, industry, flag, flagYear, sort, newPage, newSize);
    }
}
