package org.fagai.project.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fagai.project.ProjectFlagSource;
import org.springframework.stereotype.Component;

/** Collects the other modules' flags ({@link ProjectFlagSource} beans) for the projects a page shows. */
@Component
class ProjectFlags {

    /** The flags of a page's projects by code; {@link #of} is empty for a project without any. */
    record Found(Map<String, List<ProjectFlagSource.Flag>> byCode) {

        public List<ProjectFlagSource.Flag> of(String code) {
            return byCode.getOrDefault(code, List.of());
        }
    }

    private final List<ProjectFlagSource> sources;

    ProjectFlags(List<ProjectFlagSource> sources) {
        this.sources = List.copyOf(sources);
    }

    Found of(Collection<String> codes) {
        Map<String, List<ProjectFlagSource.Flag>> byCode = new LinkedHashMap<>();
        if (!codes.isEmpty()) {
            for (ProjectFlagSource source : sources) {
                for (ProjectFlagSource.Flag flag : source.flags(codes)) {
                    byCode.computeIfAbsent(flag.projectCode(), c -> new ArrayList<>()).add(flag);
                }
            }
        }
        return new Found(byCode);
    }
}
