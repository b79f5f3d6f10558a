package org.fagai.planning.internal.population;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.fagai.shared.StoredText;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.organization.CurrentUser;
import org.fagai.planning.internal.Checks;
import org.fagai.planning.internal.PlanningAccess;
import org.fagai.reference.RegionDirectory;
import org.fagai.reference.RegionView;
import org.fagai.shared.Changes;
import org.fagai.shared.Commands;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.MaxLength;
import org.fagai.shared.Ranking;
import org.fagai.shared.RegionCode;
import org.fagai.shared.RegionLevel;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Population control by town: the district's target split over its towns, the towns' actuals, gaps, ranks, warnings. */
@Service
class Population {

    static final String AUDIT_TYPE = "population_target";

    record NewSplit(@MaxLength(9) String regionCode, Integer year, Long total, @MaxLength(10) String kind,
                    @MaxLength(MaxLength.TEXT) String method, @Valid List<Town> towns) {
    }

    record Town(@MaxLength(9) String code, Long target) {
    }

    /** Towns' resident population at the end of a quarter (1–4) or of the year (0). */
    record Actuals(Integer year, Integer quarter, @Valid List<TownValue> towns) {
    }

    record TownValue(@MaxLength(9) String code, Long value) {
    }

    /** A district's target of a year with each town's standing, ranked; {@code totalActual} the towns' sum. */
    record View(String regionCode, String regionName, int year, PopulationKind kind, long total, String method, Long totalActual,
                List<TownStanding> towns) {
    }

    private final PopulationStore store;
    private final PopulationSettings settings;
    private final PlanningAccess access;
    private final RegionDirectory regions;
    private final AuditLog audit;

    Population(PopulationStore store, PopulationSettings settings, PlanningAccess access, RegionDirectory regions, AuditLog audit) {
        this.store = store;
        this.settings = settings;
        this.access = access;
        this.regions = regions;
        this.audit = audit;
    }

    @Transactional
    View split(NewSplit c) {
        if (c == null) {
            throw FieldErrors.of("body", StoredText.of("planning.error.body"));
        }
        Commands.check(c);
        Checks checks = Checks.start();
        String region = checks.text("regionCode", c.regionCode(), 9, "planning.field.county");
        Integer year = checks.year("year", c.year(), "planning.field.year");
        if (c.total() == null || c.total() <= 0 || c.total() > 100_000_000L) {
            checks.add("total", StoredText.of("planning.error.total"));
        }
        PopulationKind kind = c.kind() == null || c.kind().isBlank() ? PopulationKind.CEILING
                : checks.choice("kind", c.kind(), PopulationKind.class, "planning.field.targetKind");
        String method = checks.optionalText("method", c.method(), MaxLength.TEXT, "planning.field.splitMethod");
        if (c.towns() == null || c.towns().isEmpty() || c.towns().size() > 500) {
            checks.add("towns", StoredText.of("planning.error.townTargets"));
        }
        checks.throwIfAny();
        RegionView county = county(region);
        CurrentUser user = access.writerOf(county.code());
        Set<String> towns = regions.towns(county.code()).stream().map(RegionView::code).collect(Collectors.toSet());
        PopulationSplit split = PopulationSplit.of(county.code(), year, kind, c.total(), method,
                c.towns().stream().map(t -> t == null ? null : new PopulationSplit.TownTarget(t.code(), t.target())).toList(), towns);
        Optional<View> before = view(county.code(), year);
        store.save(split, user.username());
        View after = view(county.code(), year).orElseThrow();
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, county.code() + ":" + year, StoredText.of("planning.audit.population.target",
                year, county.name(), Changes.stored(before.map(Population::targetFields).orElseGet(Changes::snapshot), targetFields(after))));
        return after;
    }

    /** What a target's edit may change, for the audit: the total, the method and each town's share. */
    private static Map<String, Object> targetFields(View view) {
        Map<String, Object> fields = Changes.snapshot();
        fields.put("planning.audit.field.totalTarget", view.total());
        fields.put("planning.audit.field.method", view.method());
        view.towns().stream().sorted(Comparator.comparing(TownStanding::code))
                .forEach(t -> fields.put(StoredText.of("planning.audit.field.townTarget", t.name()), t.target()));
        return fields;
    }

    @Transactional(readOnly = true)
    Optional<View> view(String region, int year) {
        RegionView county = county(region);
        access.readerOf(county.code());
        return store.target(county.code(), year).map(t -> {
            Map<String, String> names = new LinkedHashMap<>();
            regions.towns(county.code()).forEach(r -> names.put(r.code(), r.name()));
            Map<String, PopulationStore.Actual> actuals = store.latest(names.keySet(), year);
            Map<String, PopulationStore.Actual> bases = store.latest(names.keySet(), year - 1);
            List<TownStanding> standings = new ArrayList<>();
            store.townTargets(t.id()).forEach((code, target) -> {
                PopulationStore.Actual a = actuals.get(code);
                PopulationStore.Actual b = bases.get(code);
                standings.add(TownStanding.of(t.kind(), code, names.getOrDefault(code, code), target, a == null ? null : a.value(),
                        a == null ? null : a.quarter(), b == null ? null : b.value(), settings.ceilingYellowPercent()));
            });
            Long totalActual = standings.stream().allMatch(s -> s.actual() != null) && !standings.isEmpty()
                    ? standings.stream().mapToLong(TownStanding::actual).sum() : null;
            return new View(county.code(), county.name(), year, t.kind(), t.total(), t.method(), totalActual, ranked(t.kind(), standings));
        });
    }

    @Transactional
    int saveActuals(Actuals c) {
        if (c == null) {
            throw FieldErrors.of("body", StoredText.of("planning.error.body"));
        }
        Commands.check(c);
        Checks checks = Checks.start();
        Integer year = checks.year("year", c.year(), "planning.field.actualYear");
        if (c.quarter() == null || c.quarter() < 0 || c.quarter() > 4) {
            checks.add("quarter", StoredText.of("planning.error.quarter"));
        }
        List<TownValue> values = c.towns() == null ? List.of() : c.towns();
        if (values.isEmpty() || values.size() > 500) {
            checks.add("towns", StoredText.of("planning.error.townValues"));
        }
        for (int i = 0; i < values.size() && i < 500; i++) {
            TownValue v = values.get(i);
            if (v == null || v.code() == null || !isTown(v.code())) {
                checks.add("towns[" + i + "].code", StoredText.of("planning.error.townUnknown", v == null ? null : v.code()));
            } else if (v.value() == null || v.value() < 0 || v.value() > 100_000_000L) {
                checks.add("towns[" + i + "].value", StoredText.of("planning.error.population"));
            }
        }
        checks.throwIfAny();
        CurrentUser user = access.reader();
        for (TownValue v : values) {
            access.writerOf(v.code().strip());
        }
        for (TownValue v : values) {
            store.saveActual(v.code().strip(), year, c.quarter(), v.value(), user.username());
        }
        audit.record(AuditAction.UPDATE, "population_actual", year + "Q" + c.quarter(), StoredText.of("planning.audit.population.reported", values.size()));
        return values.size();
    }

    /** The districts the user may pick: his own, or his city's. */
    List<RegionView> districts() {
        CurrentUser user = access.reader();
        RegionCode code = RegionCode.of(user.regionCode());
        if (code.level() == RegionLevel.COUNTY) {
            return regions.find(code.value()).map(List::of).orElse(List.of());
        }
        return regions.children(code.value()).stream().filter(r -> r.level() == RegionLevel.COUNTY && r.enabled()).toList();
    }

    /** The user's own district, or his city's first. */
    String defaultDistrict() {
        List<RegionView> districts = districts();
        return districts.isEmpty() ? access.reader().regionCode() : districts.get(0).code();
    }

    List<RegionView> towns(String county) {
        access.readerOf(county);
        return regions.towns(county);
    }

    boolean isTown(String code) {
        try {
            return RegionCode.of(code.strip()).level() == RegionLevel.TOWN && regions.find(code.strip()).isPresent();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private RegionView county(String code) {
        RegionView region = code == null ? null : regions.find(code.strip()).orElse(null);
        if (region == null || region.level() != RegionLevel.COUNTY) {
            throw FieldErrors.of("regionCode", StoredText.of("planning.error.districtUnknown", code));
        }
        return region;
    }

    /** Ranked as districts are ranked ({@link Ranking}): under a ceiling the lowest ratio first; a town without one is unranked, last. */
    private static List<TownStanding> ranked(PopulationKind kind, List<TownStanding> towns) {
        List<TownStanding> ranked = new ArrayList<>();
        Ranking.highestFirst(towns, t -> t.ratio() == null ? null : kind == PopulationKind.CEILING ? t.ratio().negate() : t.ratio(),
                Comparator.comparing(TownStanding::code)).forEach(r -> ranked.add(r.item().ranked(r.rank())));
        towns.stream().filter(t -> t.ratio() == null).sorted(Comparator.comparing(TownStanding::code)).forEach(ranked::add);
        return ranked;
    }
}
