package org.fagai.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * A sentence the platform composes and stores (a 督办 item's colour reason, a system step of its timeline): kept as its
 * message key and arguments, so it reads in the reader's language when shown ({@code @fmt.stored(text)} on pages,
 * {@code MessageText.stored(text)} in Java), never as the Chinese it was written in. Stored as
 * {@code §key|arg|arg}, a backslash escaping {@code |} and itself inside an argument; any other text (what a user typed,
 * rows written before) is shown as it is.
 */
public record StoredText(String key, List<String> args) {

    private static final char MARK = '§';
    private static final char SEPARATOR = '|';
    private static final char ESCAPE = '\\';

    public StoredText {
        if (key == null || key.isBlank() || key.indexOf(SEPARATOR) >= 0) {
            throw new IllegalArgumentException("a message key: " + key);
        }
        args = List.copyOf(args);
    }

    /** The stored form of the sentence {@code key} with these arguments (each written with {@code toString()}). */
    public static String of(String key, Object... args) {
        List<String> texts = new ArrayList<>(args.length);
        for (Object arg : args) {
            texts.add(String.valueOf(arg));
        }
        return new StoredText(key, texts).encoded();
    }

    /** The key and arguments of a stored sentence, or {@code null} for a text that is no such sentence. */
    public static StoredText parse(String stored) {
        if (stored == null || stored.length() < 2 || stored.charAt(0) != MARK) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (int i = 1; i < stored.length(); i++) {
            char c = stored.charAt(i);
            if (c == ESCAPE && i + 1 < stored.length()) {
                part.append(stored.charAt(++i));
            } else if (c == SEPARATOR) {
                parts.add(part.toString());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString());
        if (parts.get(0).isBlank()) {
            return null;
        }
        return new StoredText(parts.get(0), parts.subList(1, parts.size()));
    }

    public String encoded() {
        StringBuilder text = new StringBuilder().append(MARK).append(key);
        for (String arg : args) {
            text.append(SEPARATOR);
            for (int i = 0; i < arg.length(); i++) {
                char c = arg.charAt(i);
                if (c == SEPARATOR || c == ESCAPE) {
                    text.append(ESCAPE);
                }
                text.append(c);
            }
        }
        return text.toString();
    }

    public Object[] argArray() {
        return args.toArray();
    }
}
