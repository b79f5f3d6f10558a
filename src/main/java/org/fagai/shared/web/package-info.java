/** Web support every module's adapters use: problem details, paging, Excel export. */
@NamedInterface("web")
package org.fagai.shared.web;

import org.springframework.modulith.NamedInterface;
