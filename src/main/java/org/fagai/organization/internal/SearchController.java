package org.fagai.organization.internal;

import java.util.List;
import org.fagai.organization.SearchHit;
import org.fagai.organization.UserDirectory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The results page of the header's search box, and the same results as JSON. */
@Controller
class SearchController {

    private final GlobalSearch search;
    private final UserDirectory users;

    SearchController(GlobalSearch search, UserDirectory users) {
        this.search = search;
        this.users = users;
    }

    @GetMapping("/search")
    String page(@RequestParam(required = false) String q, Model model) {
        String query = q == null ? "" : q.strip();
        if (query.length() > GlobalSearch.MAX_QUERY) {
            query = query.substring(0, GlobalSearch.MAX_QUERY);
        }
        model.addAttribute("searchQuery", query);
        model.addAttribute("searched", !GlobalSearch.normalize(query).isEmpty());
        model.addAttribute("hits", search.search(query, users.current().orElse(null)));
        return "search/results";
    }

    @GetMapping("/api/v1/search")
    @ResponseBody
    List<SearchHit> api(@RequestParam(required = false) String q) {
        return search.search(q, users.current().orElse(null));
    }
}
