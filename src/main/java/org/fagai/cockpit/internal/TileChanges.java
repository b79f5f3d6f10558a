package org.fagai.cockpit.internal;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.fagai.cockpit.TileFact;
import org.fagai.credit.CommitmentMade;
import org.fagai.credit.CommitmentSettled;
import org.fagai.credit.LicenceGranted;
import org.fagai.enterprise.DemandClosed;
import org.fagai.enterprise.EnterpriseFlagsChanged;
import org.fagai.enterprise.EnterpriseRegistered;
import org.fagai.funds.FundsApplicationChanged;
import org.fagai.indicator.IndicatorFiguresChanged;
import org.fagai.project.PlanChanged;
import org.fagai.project.ProgressReported;
import org.fagai.project.ProjectApprovalDecided;
import org.fagai.project.RegisteredForStatistics;
import org.fagai.project.StageChanged;
import org.fagai.supervision.ItemAssigned;
import org.fagai.supervision.ItemCancelled;
import org.fagai.supervision.ItemClosed;
import org.fagai.supervision.ItemSigned;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Which tiles the modules' facts have made stale, as a sequence number per tile key: a kept tile computed before the
 * last change of its key is computed again at the next opening (see {@link TileCache}). Listens after the change has
 * committed; other instances do not hear it and fall back to the cache's interval. Every module behind a tile announces
 * its changes: the modules that contribute their own tile (energy, attraction) through events that are {@link TileFact}s.
 */
@Component
class TileChanges {

    private final AtomicLong sequence = new AtomicLong();
    private final Map<String, Long> changed = new ConcurrentHashMap<>();

    /** The sequence number now: a computation started now is fresh until a later change of its tile. */
    long now() {
        return sequence.get();
    }

    /** The sequence number of the last change of a tile (0: none); of any tile when {@code key} is null. */
    long lastChange(String key) {
        return key == null ? sequence.get() : changed.getOrDefault(key, 0L);
    }

    void changed(Set<String> keys) {
        long at = sequence.incrementAndGet();
        keys.forEach(key -> changed.merge(key, at, Math::max));
    }

    @ApplicationModuleListener
    void on(ProgressReported event) {
        changed(Set.of("projects", "attraction"));
    }

    @ApplicationModuleListener
    void on(PlanChanged event) {
        changed(Set.of("projects", "attraction"));
    }

    @ApplicationModuleListener
    void on(StageChanged event) {
        changed(Set.of("projects", "attraction"));
    }

    @ApplicationModuleListener
    void on(RegisteredForStatistics event) {
        changed(Set.of("projects", "attraction"));
    }

    @ApplicationModuleListener
    void on(ProjectApprovalDecided event) {
        changed(Set.of("approvals", "credit", "projects"));
    }

    @ApplicationModuleListener
    void on(LicenceGranted event) {
        changed(Set.of("approvals", "credit"));
    }

    @ApplicationModuleListener
    void on(CommitmentMade event) {
        changed(Set.of("approvals", "credit"));
    }

    @ApplicationModuleListener
    void on(CommitmentSettled event) {
        changed(Set.of("approvals", "credit"));
    }

    /** Items of the loop also carry the projects' blockers and the enterprises' demands. */
    @ApplicationModuleListener
    void on(ItemAssigned event) {
        changed(Set.of("supervision", "projects", "service"));
    }

    @ApplicationModuleListener
    void on(ItemSigned event) {
        changed(Set.of("supervision", "projects", "service"));
    }

    @ApplicationModuleListener
    void on(ItemClosed event) {
        changed(Set.of("supervision", "projects", "service"));
    }

    @ApplicationModuleListener
    void on(ItemCancelled event) {
        changed(Set.of("supervision", "projects", "service"));
    }

    @ApplicationModuleListener
    void on(DemandClosed event) {
        changed(Set.of("service"));
    }

    @ApplicationModuleListener
    void on(EnterpriseRegistered event) {
        changed(Set.of("service"));
    }

    @ApplicationModuleListener
    void on(EnterpriseFlagsChanged event) {
        changed(Set.of("service"));
    }

    /** Values and targets feed the economy tile, and comparable GDP the energy intensities. */
    @ApplicationModuleListener
    void on(IndicatorFiguresChanged event) {
        changed(Set.of("economy", "energy"));
    }

    @ApplicationModuleListener
    void on(FundsApplicationChanged event) {
        changed(Set.of("funds"));
    }

    @ApplicationModuleListener
    void on(TileFact event) {
        changed(Set.of(event.tileKey()));
    }
}
