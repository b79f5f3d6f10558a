/** Web support every module's adapters use: problem details, paging, Excel export. */
@org.springframework.modulith.NamedInterface("web")
package org.fagai.shared.web;
