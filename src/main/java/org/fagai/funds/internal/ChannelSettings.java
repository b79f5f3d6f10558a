package org.fagai.funds.internal;

import java.util.List;
import java.util.Map;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.funds.FundChannel;
import org.fagai.organization.UserDirectory;
import org.fagai.shared.Changes;
import org.fagai.shared.StoredText;
import org.fagai.shared.FieldErrors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading the configured rules (everyone) and changing a channel's rules (administrators, audited). */
@Service
class ChannelSettings {

    record Rules(List<ChannelRules> channels, List<Program> programs, List<Sector> sectors, SpendingBands spending) {
    }

    private final RuleBook book;
    private final UserDirectory users;
    private final AuditLog audit;

    ChannelSettings(RuleBook book, UserDirectory users, AuditLog audit) {
        this.book = book;
        this.users = users;
        this.audit = audit;
    }

    Rules rules() {
        return new Rules(List.copyOf(book.channels().values()), book.programs(), List.copyOf(book.sectors().values()), book.bands());
    }

    @Transactional
    void change(FundChannel channel, FundCommands.ChannelChange c) {
        if (!users.requireCurrent().isAdmin()) {
            throw new AccessDeniedException("仅系统管理员可修改资金渠道规则");
        }
        ChannelRules old = book.channel(channel);
        ChannelRules changed;
        try {
            changed = new ChannelRules(channel, old.name(), old.sortOrder(),
                    or(c.countsAsSuperior(), old.countsAsSuperior()), or(c.requiresProgram(), old.requiresProgram()),
                    or(c.appliesNegativeList(), old.appliesNegativeList()), or(c.requiresDocuments(), old.requiresDocuments()),
                    c.minCoverage() == null ? old.minCoverage() : c.minCoverage(),
                    c.capitalCapShare() == null ? old.capitalCapShare() : c.capitalCapShare(), or(c.requiresApprovalDocument(), old.requiresApprovalDocument()),
                    or(c.requiresLand(), old.requiresLand()), c.roundMonths() == null ? old.roundMonths() : c.roundMonths());
        } catch (IllegalArgumentException e) {
            throw FieldErrors.of("channel", e.getMessage());
        }
        book.save(changed);
        audit.record(AuditAction.UPDATE, "funds_channel", channel.name(), StoredText.of("funds.audit.channel.rules",
                StoredText.label("funds.channel." + channel.name()), Changes.stored(fields(old), fields(changed))));
    }

    /** A channel's rules as the rules page names them. */
    private static Map<String, Object> fields(ChannelRules r) {
        Map<String, Object> fields = Changes.snapshot();
        fields.put("funds.audit.field.requiresProgram", r.requiresProgram());
        fields.put("funds.audit.field.appliesNegativeList", r.appliesNegativeList());
        fields.put("funds.audit.field.requiresDocuments", r.requiresDocuments());
        fields.put("funds.audit.field.minCoverage", r.minCoverage());
        fields.put("funds.audit.field.capitalCapShare", r.capitalCapShare());
        fields.put("funds.audit.field.requiresApprovalDocument", r.requiresApprovalDocument());
        fields.put("funds.audit.field.requiresLand", r.requiresLand());
        fields.put("funds.audit.field.roundMonths", r.roundMonths());
        fields.put("funds.audit.field.countsAsSuperior", r.countsAsSuperior());
        return fields;
    }

    private static boolean or(Boolean value, boolean fallback) {
        return value == null ? fallback : value;
    }
}
