/**
 * Credit (信用): the dishonesty list (失信联合惩戒对象名单) and the credit check against it, 双公示 disclosures of
 * administrative licences (行政许可, XK_*) and penalties (行政处罚, CF_*), the public search page and the export
 * for the credit platform. Its API: {@link org.fagai.credit.CreditChecks}, {@link org.fagai.credit.LicenceDisclosures}
 * and the {@link org.fagai.credit.LicenceGranted} event it listens to (raised by the module that decides).
 */
package org.fagai.credit;
