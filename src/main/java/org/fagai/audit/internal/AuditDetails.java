package org.fagai.audit.internal;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fagai.shared.StoredText;
import org.fagai.shared.web.Formats;
import org.springframework.stereotype.Component;

/**
 * An entry's detail in the reader's language, on the audit page and in its export: a stored sentence
 * ({@link StoredText}) as {@code Formats#stored} reads it; the fixed sentences of sign-ins written in Chinese before they
 * were stored as message keys read as those keys (the log is append-only, so old rows are never rewritten); any other
 * text (a detail written before as free Chinese, what a user typed) as it is.
 */
@Component("auditDetails")
public class AuditDetails {

    private static final Map<String, String> FIXED = Map.of(
            "登录成功", StoredText.of("audit.detail.login"),
            "退出登录", StoredText.of("audit.detail.logout"),
            "账号已锁定，拒绝登录", StoredText.of("audit.detail.lockedRefused"),
            "重置密码并解除锁定", StoredText.of("audit.detail.passwordReset"),
            "解除锁定", StoredText.of("audit.detail.unlocked"));
    private static final Pattern LOCKED = Pattern.compile("连续(\\d+)次登录失败，锁定(\\d+)分钟");

    private final Formats fmt;

    AuditDetails(Formats fmt) {
        this.fmt = fmt;
    }

    public String read(String detail) {
        if (detail == null) {
            return null;
        }
        String fixed = FIXED.get(detail);
        if (fixed != null) {
            return fmt.stored(fixed);
        }
        Matcher locked = LOCKED.matcher(detail);
        if (locked.matches()) {
            return fmt.stored(StoredText.of("audit.detail.locked", locked.group(1), locked.group(2)));
        }
        return fmt.stored(detail);
    }
}
