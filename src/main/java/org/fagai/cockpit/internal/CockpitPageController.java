package org.fagai.cockpit.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.fagai.cockpit.Tile;
import org.fagai.shared.MaxLength;
import org.fagai.shared.web.CalendarYear;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * 领导驾驶舱 page; {@code screen=true} is the wall-screen page: the cockpit alone (no menu), every tile on one 1920×1080
 * screen without scrolling, reloaded every {@link #REFRESH_SECONDS} seconds.
 */
@Controller
class CockpitPageController {

    static final int REFRESH_SECONDS = 300;

    private final Cockpit cockpit;
    private final JsonMapper json;

    CockpitPageController(Cockpit cockpit, JsonMapper json) {
        this.cockpit = cockpit;
        this.json = json;
    }

    @GetMapping("/cockpit")
    String page(@RequestParam(required = false) @CalendarYear Integer year,
                @RequestParam(required = false) @MaxLength(6) String region,
                @RequestParam(defaultValue = "false") boolean screen, Model model) {
        Cockpit.View view = cockpit.view(year, region);
        Map<String, Object> charts = new LinkedHashMap<>();
        for (Tile tile : view.tiles()) {
            if (!tile.chart().isEmpty()) {
                charts.put(tile.key(), tile.chart());
            }
        }
        model.addAttribute("view", view);
        model.addAttribute("charts", json.writeValueAsString(charts));
        model.addAttribute("refreshSeconds", REFRESH_SECONDS);
        return screen ? "cockpit/screen" : "cockpit/index";
    }
}
