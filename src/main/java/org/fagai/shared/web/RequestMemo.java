package org.fagai.shared.web;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * A value read once per request: the first call in a request reads it, later calls in the same request get that
 * answer, and the next request reads again (so a change made anywhere, on any instance, is seen by the next page).
 * Outside a request (a scheduled job, a listener) every call reads.
 *
 * @param <T> the value kept
 */
public final class RequestMemo<T> {

    private final String attribute;

    /** @param name the request attribute the values are kept under; unique per use (e.g. the class name and a suffix) */
    public RequestMemo(String name) {
        this.attribute = RequestMemo.class.getName() + "." + name;
    }

    /** The value kept under {@code key} in this request, read by {@code read} when the request has none yet. */
    @SuppressWarnings("unchecked")
    public T computeIfAbsent(Object key, Supplier<T> read) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return read.get();
        }
        Map<Object, T> kept = (Map<Object, T>) request.getAttribute(attribute, RequestAttributes.SCOPE_REQUEST);
        if (kept == null) {
            kept = new HashMap<>();
            request.setAttribute(attribute, kept, RequestAttributes.SCOPE_REQUEST);
        }
        T value = kept.get(key);
        if (value == null) {
            value = read.get();
            kept.put(key, value);
        }
        return value;
    }

    /** Forgets what this request kept (after a change, so a later read in the same request sees it). */
    public void forget() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.removeAttribute(attribute, RequestAttributes.SCOPE_REQUEST);
        }
    }
}
