package org.fagai.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * A sentence the platform composes and stores (a 督办 item's colour reason, a system step of its timeline, an audit
 * entry's detail): kept as its message key and arguments, so it reads in the reader's language when shown
 * ({@code @fmt.stored(text)} on pages, {@code Formats#stored} in Java), never as the Chinese it was written in. An
 * argument is a text (a name, a date, a figure: shown as it is) or a {@link Label}, itself a message key (a state's
 * name: shown in the reader's language too). Stored as {@code §key|arg|#labelKey}, a backslash escaping {@code |}, itself
 * and an argument's leading {@code #}; any other text (what a user typed, rows written before) is shown as it is.
 */
public record StoredText(String key, List<Object> args) {

    /** An argument that is a message key, such as {@code policy.state.PAID}. */
    public record Label(String key) {

        public Label {
            requireKey(key);
        }
    }

    private static final String LIST = "shared.list";
    private static final char MARK = '§';
    private static final char SEPARATOR = '|';
    private static final char ESCAPE = '\\';
    private static final char LABEL = '#';

    public StoredText {
        requireKey(key);
        args = List.copyOf(args);
    }

    /** The stored form of the sentence {@code key} with these arguments ({@link Label}s, or texts by {@code toString()}). */
    public static String of(String key, Object... args) {
        List<Object> values = new ArrayList<>(args.length);
        for (Object arg : args) {
            values.add(arg instanceof Label label ? label : String.valueOf(arg));
        }
        return new StoredText(key, values).encoded();
    }

    /**
     * {@link #of}, fitted into a column of {@code max} characters: while too long, the longest text argument (a name, a
     * description; not a label nor a nested sentence) is cut, never the encoding.
     */
    public static String within(int max, String key, Object... args) {
        Object[] values = args.clone();
        String text = of(key, values);
        while (text.length() > max) {
            int longest = -1;
            for (int i = 0; i < values.length; i++) {
                if (!(values[i] instanceof Label) && parse(String.valueOf(values[i])) == null && (longest < 0
                        || String.valueOf(values[i]).length() > String.valueOf(values[longest]).length())) {
                    longest = i;
                }
            }
            String cut = longest < 0 ? "" : String.valueOf(values[longest]);
            if (cut.isEmpty()) {
                throw new IllegalArgumentException("a sentence longer than " + max + " characters: " + key);
            }
            values[longest] = cut.substring(0, Math.max(0, cut.length() - (text.length() - max) - 1));
            text = of(key, values);
        }
        return text;
    }

    /**
     * The stored form of a list whose items (stored sentences, texts or {@link Label}s) are shown joined by the message
     * {@code separatorKey} (；/ "; "): a project's several warning reasons in one column. None is the empty text, one stored
     * sentence the sentence itself.
     */
    public static String list(String separatorKey, List<?> items) {
        if (items.isEmpty()) {
            return "";
        }
        if (items.size() == 1 && items.get(0) instanceof String item && parse(item) != null) {
            return item;
        }
        List<Object> values = new ArrayList<>(items.size() + 1);
        values.add(new Label(separatorKey));
        for (Object item : items) {
            values.add(item instanceof Label label ? label : String.valueOf(item));
        }
        return new StoredText(LIST, values).encoded();
    }

    /** The items of a stored {@link #list} (a text that is no list is its one item; a blank text none). */
    public static List<Object> items(String stored) {
        if (stored == null || stored.isBlank()) {
            return List.of();
        }
        StoredText text = parse(stored);
        return text != null && text.isList() ? text.args().subList(1, text.args().size()) : List.of(stored);
    }

    /** Whether this is a {@link #list}: its first argument the separator's key, the items after it. */
    public boolean isList() {
        return LIST.equals(key) && !args.isEmpty() && args.get(0) instanceof Label;
    }

    public static Label label(String key) {
        return new Label(key);
    }

    /** The key and arguments of a stored sentence, or {@code null} for a text that is no such sentence. */
    public static StoredText parse(String stored) {
        if (stored == null || stored.length() < 2 || stored.charAt(0) != MARK) {
            return null;
        }
        List<Object> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        boolean label = false;
        int start = 1;
        for (int i = 1; i <= stored.length(); i++) {
            char c = i < stored.length() ? stored.charAt(i) : SEPARATOR;
            if (c == ESCAPE && i + 1 < stored.length()) {
                part.append(stored.charAt(++i));
            } else if (c == SEPARATOR) {
                if (parts.isEmpty()) {
                    if (part.isEmpty() || label) {
                        return null;
                    }
                    parts.add(part.toString());
                } else {
                    parts.add(label ? new Label(part.toString()) : part.toString());
                }
                part.setLength(0);
                label = false;
                start = i + 1;
            } else {
                if (i == start && c == LABEL) {
                    label = true;
                } else {
                    part.append(c);
                }
            }
        }
        return new StoredText((String) parts.get(0), parts.subList(1, parts.size()));
    }

    public String encoded() {
        StringBuilder text = new StringBuilder().append(MARK).append(key);
        for (Object arg : args) {
            text.append(SEPARATOR);
            if (arg instanceof Label label) {
                text.append(LABEL).append(label.key());
                continue;
            }
            String value = (String) arg;
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == SEPARATOR || c == ESCAPE || (i == 0 && c == LABEL)) {
                    text.append(ESCAPE);
                }
                text.append(c);
            }
        }
        return text.toString();
    }

    private static void requireKey(String key) {
        if (key == null || key.isBlank() || key.indexOf(SEPARATOR) >= 0 || key.indexOf(ESCAPE) >= 0) {
            throw new IllegalArgumentException("a message key: " + key);
        }
    }
}
